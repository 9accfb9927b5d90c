// Vigil dashboard: draws what the server-rendered pages carry in data- attributes (series, maps,
// dyad networks). No inline scripts (the Content-Security-Policy forbids them); nothing is
// fetched but from this server.
(function () {
  "use strict";

  function day(s) { return Date.parse(s + "T00:00:00Z") / 1000; }

  // uPlot: events per day (and per 1,000 coded articles), alert days shaded
  function chart(el) {
    var d = JSON.parse(el.dataset.series);
    var xs = d.dates.map(day);
    var series = [{}, { label: "events", stroke: "#b3261e", width: 2 }];
    var data = [xs, d.events];
    if (d.rate && d.rate.length === xs.length) {
      series.push({ label: "per 1,000 articles", stroke: "#1f5fa8", scale: "rate", width: 1 });
      data.push(d.rate);
    }
    var marks = (d.alerts || []).map(function (a) { return [day(a.from), day(a.to) + 86400]; });
    var opts = {
      width: Math.max(320, el.clientWidth || 800), height: 260, series: series,
      scales: { x: { time: true } },
      axes: [{}, { label: "events" }, { side: 1, scale: "rate", grid: { show: false } }],
      hooks: {
        drawClear: [function (u) {
          var ctx = u.ctx;
          ctx.save();
          ctx.fillStyle = "rgba(179, 38, 30, 0.15)";
          marks.forEach(function (m) {
            var x0 = u.valToPos(m[0], "x", true), x1 = u.valToPos(m[1], "x", true);
            ctx.fillRect(x0, u.bbox.top, Math.max(2, x1 - x0), u.bbox.height);
          });
          ctx.restore();
        }]
      }
    };
    el.uplot = new uPlot(opts, data, el);
    el.dataset.rendered = "true";
  }

  // Leaflet over Natural Earth's country shapes (vendored TopoJSON, no tile server)
  function map(el) {
    var d = JSON.parse(el.dataset.map);
    var m = L.map(el, { attributionControl: true, worldCopyJump: false });
    m.attributionControl.setPrefix(false);
    m.attributionControl.addAttribution("Natural Earth");
    fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
      var shapes = topojson.feature(topo, topo.objects.countries);
      var watched = new Set(d.countries);
      var layer = L.geoJSON(shapes, {
        style: function (f) {
          var on = watched.has(f.properties.iso_a3);
          return { color: "#777", weight: 0.6, fillColor: on ? "#f2b8b5" : "#eeeeee", fillOpacity: 1 };
        }
      }).addTo(m);
      var points = L.featureGroup();
      d.points.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], { radius: 5, color: "#b3261e", weight: 1, fillOpacity: 0.7 })
          .bindTooltip(p.label).on("click", function () { window.location.href = "/ui/events/" + encodeURIComponent(p.id); })
          .addTo(points);
      });
      points.addTo(m);
      var focus = L.featureGroup();
      layer.eachLayer(function (l) { if (watched.has(l.feature.properties.iso_a3)) { focus.addLayer(l); } });
      if (points.getLayers().length > 0) {
        focus.addLayer(L.geoJSON(points.toGeoJSON()));
      }
      if (focus.getLayers().length > 0) {
        m.fitBounds(focus.getBounds(), { padding: [20, 20] });
      } else {
        m.setView([30, 40], 2);
      }
      el.dataset.rendered = String(layer.getLayers().length);
    }).catch(function (e) { console.error("the map cannot be drawn: " + e); });
  }

  // Cytoscape.js: the top dyads as a directed network
  function network(el) {
    var elements = JSON.parse(el.dataset.network);
    if (elements.length === 0) {
      el.textContent = "No dyads.";
      el.dataset.rendered = "0";
      return;
    }
    var max = Math.max.apply(null, elements.filter(function (e) { return e.data.source; }).map(function (e) { return e.data.weight; }));
    el.cy = cytoscape({
      container: el, elements: elements, layout: { name: "circle" },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#1f5fa8", width: 14, height: 14 } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
          width: "mapData(weight, 1, " + Math.max(2, max) + ", 1, 6)", "line-color": "#999", "target-arrow-color": "#999" } }
      ]
    });
    el.dataset.rendered = String(el.cy.nodes().length);
  }

  function draw(root) {
    root.querySelectorAll("[data-series]").forEach(chart);
    root.querySelectorAll("[data-map]").forEach(map);
    root.querySelectorAll("[data-network]").forEach(network);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { draw(document); });
  } else {
    draw(document);
  }
})();
