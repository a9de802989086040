// The pictures page: Vega-Lite charts drawn by vega-embed, the network by cytoscape.js.
// Everything is served from this server; Vega runs with its expression interpreter (ast: true),
// so the page needs no eval under its Content-Security-Policy.
"use strict";
(function () {
  var HOSTILE = [214, 69, 58], NEUTRAL = [154, 163, 178], WARM = [47, 158, 68];

  function done(el, state) {
    el.dataset.rendered = state;
  }

  function fail(el, message) {
    el.textContent = message;
    el.classList.add("chart-error");
    done(el, "error");
  }

  function drawSpec(el) {
    fetch(el.dataset.spec).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
        return body;
      });
    }).then(function (spec) {
      var rows = spec.data && spec.data.values ? spec.data.values.length : 0;
      if (rows === 0) return fail(el, "No dated statement to draw.");
      if (spec.spec) spec.spec.width = Math.max(160, el.clientWidth - 200);  // one row per outlet
      else spec.autosize = { type: "fit-x", contains: "padding" };
      var options = { ast: true, defaultStyle: false, actions: false, renderer: "svg",
        tooltip: { disableDefaultStyle: true } };  // its styles are in style.css: no inline <style>
      return window.vegaEmbed(el, spec, options)
        .then(function () { el.dataset.rows = String(rows); done(el, "ok"); });
    }).catch(function (error) { fail(el, "Could not draw this picture: " + error.message); });
  }

  function mix(edge) {
    var share = edge.count ? (edge.positive - edge.negative) / edge.count : 0;
    var to = share >= 0 ? WARM : HOSTILE, amount = Math.abs(share);
    var rgb = NEUTRAL.map(function (c, i) { return Math.round(c + (to[i] - c) * amount); });
    return "rgb(" + rgb.join(",") + ")";
  }

  function statementsOf(search, edge) {
    var params = new URLSearchParams(search);
    params.set("speaker", edge.source);
    params.set("about", edge.target);
    params.delete("page");
    return "/?" + params.toString();
  }

  function elements(graph, search) {
    var biggest = Math.max.apply(null, graph.nodes.map(function (n) { return n.statements; }).concat([1]));
    var heaviest = Math.max.apply(null, graph.edges.map(function (e) { return e.count; }).concat([1]));
    var nodes = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, statements: n.statements, role: n.speaks ? "speaker" : "about",
        size: 12 + 38 * Math.sqrt(n.statements / biggest) } };
    });
    var edges = graph.edges.map(function (e) {
      return { data: { id: e.source + "\u2192" + e.target, source: e.source, target: e.target, count: e.count,
        width: 1.5 + 8 * e.count / heaviest, colour: mix(e), href: statementsOf(search, e) } };
    });
    return nodes.concat(edges);
  }

  var STYLE = [
    { selector: "node", style: { "width": "data(size)", "height": "data(size)", "background-color": "#e08a1e",
      "label": "data(label)", "font-size": 10, "color": "#1d2330", "text-valign": "top", "text-margin-y": -3,
      "text-max-width": 120, "text-wrap": "ellipsis" } },
    { selector: "node[role = 'speaker']", style: { "background-color": "#2557d6" } },
    { selector: "edge", style: { "width": "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
      "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)", "arrow-scale": 0.8, "opacity": 0.85 } },
    { selector: "edge:active, edge:selected", style: { "overlay-opacity": 0.15 } }
  ];

  function drawNetwork(el) {
    fetch(el.dataset.graph).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
        return body;
      });
    }).then(function (graph) {
      if (graph.edges.length === 0) return fail(el, "No speaker talks about anyone here in two statements or more.");
      var cy = window.cytoscape({ container: el, elements: elements(graph, el.dataset.search), style: STYLE,
        layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20 },
        maxZoom: 1.6, boxSelectionEnabled: false });
      cy.on("tap", "edge", function (event) { window.location.href = event.target.data("href"); });
      el.dataset.nodes = String(cy.nodes().length);
      el.dataset.edges = String(cy.edges().length);
      window.quotegraphNetwork = cy;  // for the browser tests: where an edge is drawn
      done(el, "ok");
    }).catch(function (error) { fail(el, "Could not draw this picture: " + error.message); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-spec]").forEach(drawSpec);
    document.querySelectorAll("[data-graph]").forEach(drawNetwork);
  });
})();
