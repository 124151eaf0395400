/** Writing a build's outputs to disk all together, each file through a temporary one, with the build's one fixed time stamp. */
package fr.brochures.ebook.write;
