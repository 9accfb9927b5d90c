/**
 * Readers that turn input files, folders and streams into {@link org.vigil.core.article.Article}s
 * and {@link org.vigil.ingest.Rejection}s: seed files ({@code date YYYY-MM-DD} then the text) and
 * JSON Lines. Start from {@link org.vigil.ingest.ArticleReader}; everything else here is
 * package-private. Live sources (feeds, pages, watched folders) are in {@code
 * org.vigil.ingest.source}.
 */
package org.vigil.ingest;
