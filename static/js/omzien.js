/*
 * Omzien — small enhancements for every page. Every page works without this file; it only adds
 * comfort where the browser can do more. No framework, no inline script, no eval (the site sends a
 * strict Content-Security-Policy). Loaded with `defer`, so the document is parsed when it runs.
 *
 * Feature scripts can use window.omzien.announce(message) to tell screen reader users about a
 * change on the page.
 */
(function () {
  'use strict';

  var COPIED = 'Link gekopieerd';
  var COPY_FAILED = 'Kopiëren lukte niet. Kopieer de link uit de adresbalk.';
  var SHARE_LABEL = 'Delen';

  // One polite live region for the whole page. It exists from the start: screen readers only
  // announce changes to regions that were already in the page.
  var liveRegion = null;
  function ensureLiveRegion() {
    if (liveRegion) return liveRegion;
    liveRegion = document.createElement('div');
    liveRegion.className = 'omzien-visually-hidden';
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.setAttribute('data-omzien-live', '');
    document.body.appendChild(liveRegion);
    return liveRegion;
  }

  // Says `message` to screen reader users. Emptying first makes a repeated message heard again.
  function announce(message) {
    var region = ensureLiveRegion();
    region.textContent = '';
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  // After a failed form submit the server renders an error summary (#foutmeldingen). Moving focus
  // there makes screen readers read it and puts keyboard users right above the links to the fields.
  function focusErrorSummary() {
    var summary = document.getElementById('foutmeldingen');
    if (!summary) return;
    if (!summary.hasAttribute('tabindex')) summary.setAttribute('tabindex', '-1');
    summary.focus();
    // A link in the summary points at a field; follow it by focusing the field, with its label
    // in view (a plain #fragment only scrolls and leaves the label above the screen edge).
    summary.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (!link) return;
      var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!field || typeof field.focus !== 'function') return;
      event.preventDefault();
      var label = document.querySelector('label[for="' + field.id.replace(/"/g, '\\"') + '"]');
      (label || field).scrollIntoView({ block: 'start' });
      field.focus({ preventScroll: true });
    });
  }

  function shareTarget(element) {
    var holder = element.closest ? element.closest('[data-share]') : null;
    return {
      url: element.getAttribute('data-copy-link') ||
        (holder && holder.getAttribute('data-share-url')) || window.location.href,
      title: (holder && holder.getAttribute('data-share-title')) || document.title
    };
  }

  // [data-share] data-share-url="…" data-share-title="…": when the device has a share sheet
  // (phones mostly), show a "Delen" button that opens it. The markup can hold its own button
  // ([data-share-button], hidden until here); otherwise we add one. Without a share sheet, the
  // copy button and any mailto link in the markup remain.
  function enhanceShare(holder) {
    if (typeof navigator.share !== 'function') return;
    var button = holder.querySelector('[data-share-button]');
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'utrecht-button utrecht-button--secondary-action';
      button.textContent = holder.getAttribute('data-share-label') || SHARE_LABEL;
      button.setAttribute('data-share-button', '');
      holder.insertBefore(button, holder.firstChild);
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var target = shareTarget(holder);
      navigator.share({ title: target.title, url: target.url }).catch(function () {
        // Closing the share sheet rejects too; nothing to report.
      });
    });
  }

  // <button data-copy-link="URL" hidden>Kopieer link</button>: copies the URL (or the one of
  // the surrounding [data-share], or this page) and says "Link gekopieerd". The button stays
  // hidden when the browser cannot write to the clipboard.
  function enhanceCopyLink(button) {
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', function (event) {
      event.preventDefault();
      navigator.clipboard.writeText(shareTarget(button).url).then(
        function () { announce(COPIED); },
        function () { announce(COPY_FAILED); });
    });
  }

  function start() {
    ensureLiveRegion();
    focusErrorSummary();
    Array.prototype.forEach.call(document.querySelectorAll('[data-share]'), enhanceShare);
    Array.prototype.forEach.call(document.querySelectorAll('[data-copy-link]'), enhanceCopyLink);
  }

  window.omzien = window.omzien || {};
  window.omzien.announce = announce;

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
