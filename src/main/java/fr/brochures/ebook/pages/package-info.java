/** Velocity templates rendered with small prepared models, escaped for XML, and the page parts several outputs share (credits, dates). */
package fr.brochures.ebook.pages;
