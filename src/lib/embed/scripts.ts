// The two scripts that size an embed to its content: one runs inside the frame, reports its
// height (to Entente's host script and to AMP) and has the figure redrawn at the frame's width;
// the other runs on the host page and resizes the frame that reported. Plain ES5, served at
// stable URLs (/embed/frame.js, /embed.js).
import { EMBED_WIDTH_MAX, EMBED_WIDTH_MIN, EMBED_WIDTH_STEP } from './embedSize';

/**
 * Inside the frame. The height goes to the host page twice: as Entente's message and as AMP's
 * `embed-size` (https://amp.dev/documentation/components/amp-iframe, "resizable"). A figure
 * drawn at another width than the frame's content (the default 640 px before any script has
 * measured, or the frame resized since) is fetched again with `?width=` (embedSize.ts: same
 * range and steps) a moment after the resizing stops, and the page's article swapped for it; where
 * that fails or is not honoured (a static copy), the figure stays as drawn, scaled to the frame.
 */
export const FRAME_SCRIPT = `(function () {
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'entente:height', height: height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }
  var pending = 0, timer = 0, fixed = false;
  function figure() { return document.querySelector('[data-embed-width]'); }
  function wanted(box) {
    var style = window.getComputedStyle(box);
    var width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    width = Math.min(${EMBED_WIDTH_MAX}, Math.max(${EMBED_WIDTH_MIN}, width));
    return Math.round(width / ${EMBED_WIDTH_STEP}) * ${EMBED_WIDTH_STEP};
  }
  function redraw() {
    var box = figure();
    if (fixed || !box || !window.fetch || !window.DOMParser || !window.URL) return;
    var width = wanted(box);
    if (width === Number(box.getAttribute('data-embed-width')) || width === pending) return;
    pending = width;
    var url = new URL(window.location.href);
    url.searchParams.set('width', String(width));
    window.fetch(url.href).then(function (response) {
      return response.ok ? response.text() : '';
    }).then(function (html) {
      if (pending !== width) return;
      pending = 0;
      var next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-embed-width]');
      var now = figure();
      // A static copy (npm run export) serves one width whatever is asked: keep it.
      if (!next || Number(next.getAttribute('data-embed-width')) !== width) fixed = true;
      if (fixed || !now || !now.parentNode) return;
      now.parentNode.replaceChild(document.importNode(next, true), now);
      window.history.replaceState(null, '', url.href);
      resized();
    }, function () {
      if (pending === width) pending = 0;
      fixed = true;
    });
  }
  function resized() {
    report();
    window.clearTimeout(timer);
    timer = window.setTimeout(redraw, 150);
  }
  if (window.ResizeObserver) new ResizeObserver(resized).observe(document.documentElement);
  window.addEventListener('resize', resized);
  window.addEventListener('load', resized);
  resized();
})();
`;

export const HOST_SCRIPT = `(function () {
  if (window.__ententeEmbeds) return;
  window.__ententeEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'entente:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-entente]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(60, Math.min(data.height, 8000)) + 'px';
      }
    }
  });
})();
`;

/** The HTML a report pastes: the frame and the sizing script. */
export function embedSnippet(
	embedUrl: string,
	scriptUrl: string,
	title: string,
	height = 520
): string {
	const attribute = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" data-entente width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n<script src="${attribute(scriptUrl)}" async></script>`;
}
