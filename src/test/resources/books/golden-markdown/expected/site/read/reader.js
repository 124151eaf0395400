/* The web edition's script (ebook-builder): night mode remembered, and notes in pop-ups. Every page works without it:
   colours then follow the system's light or dark setting, and a note reference leads to the notes page, whose
   back-link returns. It loads nothing, and the words it shows are the page's own (its button and templates). */
(function () {
  'use strict';

  var STORAGE_KEY = 'ebook-builder.theme';
  var root = document.documentElement;

  /* Storage may be missing or refuse access (file:// pages in some browsers, private windows): the choice then lasts
     as long as the page. */
  function storedTheme() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null;
    }
  }

  function storeTheme(theme) {
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch (e) {
      /* not remembered: see storedTheme */
    }
  }

  /* Before the page is drawn (this script is in the head), so that it does not flash in the other colours. */
  var chosen = storedTheme();
  if (chosen === 'dark' || chosen === 'light') {
    root.setAttribute('data-theme', chosen);
  }

  function systemIsDark() {
    return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  }

  function isDark() {
    var theme = root.getAttribute('data-theme');
    return theme ? theme === 'dark' : systemIsDark();
  }

  function setUpThemeButton() {
    var button = document.querySelector('button.theme-toggle');
    if (!button) {
      return;
    }
    var show = function () {
      button.setAttribute('aria-pressed', isDark() ? 'true' : 'false');
    };
    button.addEventListener('click', function () {
      var theme = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', theme);
      storeTheme(theme);
      show();
    });
    if (window.matchMedia) {
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      if (query.addEventListener) {
        query.addEventListener('change', show);
      }
    }
    show();
    button.hidden = false;
  }

  /* A note reference opens its note in a modal dialog: Esc, the close button or a tap beside it closes it, and the
     focus goes back to the reference. A click meant to open the notes page elsewhere (new tab, new window) is left
     alone. */
  function setUpNotePopups() {
    var shell = document.getElementById('reader-note-popup');
    var texts = document.getElementById('reader-note-texts');
    if (!shell || !texts || !('content' in shell) || typeof HTMLDialogElement !== 'function'
        || typeof HTMLDialogElement.prototype.showModal !== 'function') {
      return;
    }
    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      var reference = event.target.closest ? event.target.closest('a[role~="doc-noteref"]') : null;
      if (!reference || !reference.hash) {
        return;
      }
      var id = decodeURIComponent(reference.hash.slice(1));
      var text = null;
      var candidates = texts.content.querySelectorAll('[data-note]');
      for (var i = 0; i < candidates.length; i++) {
        if (candidates[i].getAttribute('data-note') === id) {
          text = candidates[i];
        }
      }
      if (!text) {
        return;
      }
      event.preventDefault();
      openNote(shell, reference, text);
    });
  }

  function openNote(shell, reference, text) {
    var dialog = shell.content.firstElementChild.cloneNode(true);
    dialog.querySelector('.note-popup-title').textContent = reference.getAttribute('aria-label') || reference.textContent;
    var body = dialog.querySelector('.note-popup-body');
    var nodes = text.cloneNode(true).childNodes;
    while (nodes.length) {
      body.appendChild(nodes[0]);
    }
    dialog.querySelector('.note-popup-all a').setAttribute('href', reference.getAttribute('href'));
    dialog.querySelector('.note-popup-close').addEventListener('click', function () {
      dialog.close();
    });
    dialog.addEventListener('click', function (event) {
      /* the dialog itself is only hit beside its content, on the shade */
      if (event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener('close', function () {
      dialog.parentNode.removeChild(dialog);
      reference.focus();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  function start() {
    setUpThemeButton();
    setUpNotePopups();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
