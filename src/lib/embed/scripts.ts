// The two scripts that size an embed to its content: one runs inside the frame and reports
// its height; the other runs on the host page and resizes the frame that reported. Plain ES5,
// a few hundred bytes each, served at stable URLs (/embed/frame.js, /embed.js).

export const FRAME_SCRIPT = `(function () {
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'entente:height', height: height }, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  report();
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
