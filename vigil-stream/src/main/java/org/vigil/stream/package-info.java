/**
 * Vigil as a Kafka Streams application (issue 15): {@link org.vigil.stream.VigilTopology} is the whole
 * topology (articles → exact and near duplicates → analyse and code → events, rejections, coded
 * articles), {@link org.vigil.stream.StreamSerdes} its wire formats, {@link org.vigil.stream.VigilStream}
 * runs it, {@link org.vigil.stream.ArticleProducer} feeds it and {@link org.vigil.stream.CodedConsumer}
 * drains it into a store. The only package that knows Kafka. Start from {@code VigilTopology}.
 */
package org.vigil.stream;
