/** Images made safe and light for e-readers: format checks, metadata stripping, orientation, sRGB, downscaling. */
package fr.brochures.ebook.images;
