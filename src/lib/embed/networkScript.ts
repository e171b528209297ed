// The script an embedded network loads to zoom and pan without SvelteKit's client (embeds
// render on the server only, csr = false): two fingers pinch and pan, the mouse drags, a
// trackpad pinch (a wheel event with ctrlKey) zooms; one finger still scrolls the host page
// until the reader has zoomed in, so a phone reader is not trapped in the frame. Labels keep
// their size on screen (counter-scaled, as NetworkGraph.svelte draws them); a drag is not a
// click on the actor or link under it. Plain ES5 served at /embed/network.js; the figure reads
// without it.

/** How far the reader may zoom in, as on the network page. */
export const EMBED_ZOOM_MAX = 8;

export const NETWORK_SCRIPT = `(function () {
  if (!window.addEventListener || !document.querySelector) return;
  function setup(svg) {
    if (svg.getAttribute('data-zoomable') !== null) return;
    var g = svg.querySelector('g');
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (!g || !box || !box.width) return;
    svg.setAttribute('data-zoomable', '');
    var t = { x: 0, y: 0, k: 1 }, pointers = {}, gesture = null, moved = false;
    var labels = svg.querySelectorAll('text[data-label]');
    for (var i = 0; i < labels.length; i++) {
      var at = /translate\\(([^)]*)\\)/.exec(labels[i].getAttribute('transform') || '');
      labels[i].setAttribute('data-at', at ? at[1] : '0,0');
    }
    function apply() {
      g.setAttribute('transform', 'translate(' + t.x + ',' + t.y + ') scale(' + t.k + ')');
      for (var i = 0; i < labels.length; i++)
        labels[i].setAttribute('transform', 'translate(' + labels[i].getAttribute('data-at') + ') scale(' + (1 / t.k) + ')');
      svg.style.touchAction = t.k > 1.01 ? 'none' : 'pan-x pan-y';
      svg.setAttribute('data-zoom', String(Math.round(t.k * 100) / 100));
    }
    function local(event) {
      var r = svg.getBoundingClientRect();
      var s = Math.min(r.width / box.width, r.height / box.height) || 1;
      return { x: (event.clientX - r.left) / s, y: (event.clientY - r.top) / s };
    }
    // The picture stays over the frame: zoomed in, its edges never come inside the view.
    function clamp() {
      t.k = Math.min(${EMBED_ZOOM_MAX}, Math.max(1, t.k));
      t.x = Math.min(0, Math.max(box.width * (1 - t.k), t.x));
      t.y = Math.min(0, Math.max(box.height * (1 - t.k), t.y));
    }
    function zoomAbout(p, k) {
      var wx = (p.x - t.x) / t.k, wy = (p.y - t.y) / t.k;
      t.k = k;
      t.x = p.x - wx * t.k;
      t.y = p.y - wy * t.k;
    }
    function begin() {
      var ids = [], id;
      for (id in pointers) ids.push(id);
      if (ids.length === 1) gesture = { pan: pointers[ids[0]], t: { x: t.x, y: t.y, k: t.k } };
      else if (ids.length >= 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        gesture = {
          mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
          dist: Math.max(1, Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y))),
          t: { x: t.x, y: t.y, k: t.k }, ids: ids
        };
      } else gesture = null;
    }
    svg.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      pointers[event.pointerId] = local(event);
      moved = false;
      begin();
    });
    window.addEventListener('pointermove', function (event) {
      if (!pointers[event.pointerId] || !gesture) return;
      pointers[event.pointerId] = local(event);
      var p;
      if (gesture.ids) {
        var a = pointers[gesture.ids[0]], b = pointers[gesture.ids[1]];
        if (!a || !b) return;
        var mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        var dist = Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
        t = { x: gesture.t.x, y: gesture.t.y, k: gesture.t.k };
        zoomAbout(gesture.mid, gesture.t.k * dist / gesture.dist);
        t.x += mid.x - gesture.mid.x;
        t.y += mid.y - gesture.mid.y;
        moved = true;
      } else {
        // One finger pans only a zoomed picture; at rest it scrolls the page (touch-action).
        if (event.pointerType === 'touch' && gesture.t.k <= 1.01) return;
        p = pointers[event.pointerId];
        var dx = p.x - gesture.pan.x, dy = p.y - gesture.pan.y;
        if (!moved && dx * dx + dy * dy < 16) return;
        moved = true;
        t = { x: gesture.t.x + dx, y: gesture.t.y + dy, k: gesture.t.k };
      }
      clamp();
      apply();
      if (event.cancelable) event.preventDefault();
    }, { passive: false });
    function end(event) {
      if (!pointers[event.pointerId]) return;
      delete pointers[event.pointerId];
      begin();
    }
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    // A drag or a pinch that ends over an actor or a link does not open it.
    svg.addEventListener('click', function (event) {
      if (!moved) return;
      moved = false;
      event.preventDefault();
      event.stopPropagation();
    }, true);
    svg.addEventListener('wheel', function (event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      zoomAbout(local(event), t.k * Math.pow(2, -event.deltaY / 100));
      clamp();
      apply();
    }, { passive: false });
    svg.addEventListener('dblclick', function () {
      t = { x: 0, y: 0, k: 1 };
      apply();
    });
    apply();
  }
  function all() {
    var found = document.querySelectorAll('svg.network');
    for (var i = 0; i < found.length; i++) setup(found[i]);
  }
  all();
  // The frame script swaps the figure for one drawn at the frame's width.
  if (window.MutationObserver) new MutationObserver(all).observe(document.body, { childList: true, subtree: true });
})();
`;
