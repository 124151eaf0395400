/** Language-specific typography rules, as pure functions applied to the text of each DOM text node of a chapter. */
package fr.brochures.ebook.typography;
