/**
 * Stories: copies of one news story (exact duplicates by content hash; wire copies, light
 * rewrites, new headlines, reordered or trimmed paragraphs by MinHash and LSH bands over word
 * shingles, confirmed by their actual similarity) grouped within a time window. Start from
 * {@link org.vigil.ingest.story.StoryIndex} and its {@link org.vigil.ingest.story.StoryConfig}.
 */
package org.vigil.ingest.story;
