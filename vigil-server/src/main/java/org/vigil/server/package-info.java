/**
 * Vigil's REST API and the running service (issue 13): Javalin over the embedded store, with the
 * live ingest path. Start from {@link org.vigil.server.Serve} (what {@code vigil serve} runs: the
 * store, the index, the engine, the samples, the inbox and the API) or {@link
 * org.vigil.server.VigilServer} (the API alone, over a {@link org.vigil.server.Backend}); articles
 * come in through an {@link org.vigil.server.ArticleIntake}. Handlers are plain functions in
 * {@code Api}; {@code ErrorMapping} turns exceptions into statuses and JSON problem bodies; {@code
 * ApiDescription} lists every route once, for the router and for the OpenAPI document.
 */
package org.vigil.server;
