package org.vigil.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code /docs} page: Swagger UI from its webjar, served by this server (no request leaves
 * for the internet), rendering {@code /openapi.json}. Stateless.
 */
final class SwaggerPage {
  private SwaggerPage() {}

  /** The version of the Swagger UI webjar on the class path. */
  static String version() {
    try (InputStream in = SwaggerPage.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the Swagger UI webjar (org.webjars:swagger-ui) is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the Swagger UI webjar's version", e);
    }
  }

  static String html() {
    String base = "/webjars/swagger-ui/" + version();
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Vigil API</title>
          <link rel="stylesheet" href="BASE/swagger-ui.css">
        </head>
        <body>
          <div id="ui"></div>
          <script src="BASE/swagger-ui-bundle.js"></script>
          <script>
            window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#ui", deepLinking: true});
          </script>
          <noscript>The API is described at <a href="/openapi.json">/openapi.json</a>.</noscript>
        </body>
        </html>
        """.replace("BASE", base);
  }
}
