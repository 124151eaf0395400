// The live preview's reload script (ebook-builder serve). The preview adds it to every page it serves; it is never
// part of the book nor of the published site. The page was served from one build (data-ebook-preview); when the
// preview says a build of another generation ended, good or failed, the page reloads and shows it (the browser keeps
// the reading position).
(function () {
  'use strict';
  var script = document.querySelector('script[data-ebook-preview]');
  if (!script || !window.EventSource) {
    return;
  }
  var served = script.getAttribute('data-ebook-preview');
  var events = new EventSource(script.getAttribute('data-events'));
  events.addEventListener('build', function (event) {
    if (event.data !== served) {
      events.close();
      window.location.reload();
    }
  });
  // the preview stopped or restarted: the browser connects again by itself (retry), and a new preview's first event
  // has another generation, so the page reloads from it
}());
