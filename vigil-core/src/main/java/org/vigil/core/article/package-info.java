/** The {@link org.vigil.core.article.Article} record: a dated news text as it enters Vigil. */
package org.vigil.core.article;
