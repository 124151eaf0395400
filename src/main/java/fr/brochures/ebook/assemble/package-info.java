/** Assembly of the epublib (epub4j) book model from the transformed chapters, generated pages, styles and images. */
package fr.brochures.ebook.assemble;
