/**
 * Stanford CoreNLP behind core's {@link org.vigil.core.text.Annotator} port. Start from {@link
 * org.vigil.nlp.CoreNlpAnnotator}, configured by {@link org.vigil.nlp.NlpConfig}; everything else
 * here is package-private. The models are loaded once per JVM and configuration.
 */
package org.vigil.nlp;
