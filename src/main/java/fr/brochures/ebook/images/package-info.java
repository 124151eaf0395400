/** Images made safe and light for e-readers (format checks, metadata stripping, orientation, sRGB, downscaling), cached between builds and prepared on threads of their own. */
package fr.brochures.ebook.images;
