/** The command line: thin picocli commands that turn options into a build or a check and return an exit code. */
package fr.brochures.ebook.cli;
