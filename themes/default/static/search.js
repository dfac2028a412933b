/* haven offline search. The index is a classic script (file:// pages cannot fetch), loaded on
   first use. Queries are cut with Intl.Segmenter and folded for case and diacritics; the
   index's words were cut at build time with ICU4X and are folded here with the same code. */
(function () {
  "use strict";
  var box = document.querySelector("[data-search-index]");
  if (!box) { return; }
  var form = box.querySelector("form");
  var input = box.querySelector("input");
  var status = box.querySelector("[role=status]");
  var list = box.querySelector("ol");
  var base = box.getAttribute("data-search-base");
  var lang = document.documentElement.lang;
  var ALPHABET = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  var NO_SPACES = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
  var index = null;
  var loading = false;
  var timer = null;

  box.querySelector(".search__browse").hidden = true;
  form.hidden = false;

  /* Lower case in the page's language (Turkish İ/I), diacritics removed, a few letters that do
     not decompose mapped to their base letters. */
  function fold(text) {
    var t;
    try { t = text.toLocaleLowerCase(lang); } catch (e) { t = text.toLowerCase(); }
    t = t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    return t.replace(/[łŀ]/g, "l").replace(/ø/g, "o").replace(/đ/g, "d").replace(/ß/g, "ss")
      .replace(/æ/g, "ae").replace(/œ/g, "oe").replace(/ı/g, "i").replace(/ħ/g, "h")
      .replace(/þ/g, "th").replace(/ς/g, "σ");
  }

  function bare(token) {
    return token.replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");
  }

  function decode(text, width) {
    var ids = [];
    for (var i = 0; i < text.length; i += width) {
      var n = 0;
      for (var j = 0; j < width; j++) { n = n * ALPHABET.length + ALPHABET.indexOf(text.charAt(i + j)); }
      ids.push(n);
    }
    return ids;
  }

  function prepare(raw) {
    var folded = raw.v.map(function (t) { return fold(bare(t)); });
    var docs = raw.d.map(function (d) {
      var doc = { t: decode(d.t, raw.w), s: decode(d.s, raw.w), b: decode(d.b, raw.w), u: d.u, m: d.m, l: d.l, f: d.f };
      doc.all = new Set(doc.t.concat(doc.s, doc.b));
      doc.text = doc.t.concat(doc.s, doc.b).map(function (id) { return folded[id]; }).join("");
      return doc;
    });
    return { vocab: raw.v, folded: folded, docs: docs, results: raw.r };
  }

  function load(then) {
    if (index) { return then(); }
    if (loading) { return; }
    loading = true;
    var script = document.createElement("script");
    script.src = box.getAttribute("data-search-index");
    script.onload = function () { index = prepare(window.HAVEN_SEARCH); then(); };
    document.head.appendChild(script);
  }

  function terms(query) {
    var parts;
    if (window.Intl && Intl.Segmenter) {
      parts = Array.from(new Intl.Segmenter(lang, { granularity: "word" }).segment(query))
        .filter(function (s) { return s.isWordLike; }).map(function (s) { return s.segment; });
    } else {
      parts = query.split(/\s+/);
    }
    return parts.map(function (p) { return fold(bare(p)); }).filter(Boolean);
  }

  /* Token numbers whose word starts with the term. */
  function matching(term) {
    var ids = new Set();
    index.folded.forEach(function (w, i) { if (w.lastIndexOf(term, 0) === 0) { ids.add(i); } });
    return ids;
  }

  function hits(ids, set) {
    var n = 0;
    ids.forEach(function (id) { if (set.has(id)) { n += 1; } });
    return n;
  }

  function search(query) {
    var list = terms(query);
    if (!list.length) { return null; }
    var sets = list.map(matching);
    var found = [];
    index.docs.forEach(function (doc) {
      var score = 0;
      for (var k = 0; k < list.length; k++) {
        var set = sets[k];
        var inDoc = false;
        doc.all.forEach(function (id) { if (set.has(id)) { inDoc = true; } });
        if (!inDoc && NO_SPACES.test(list[k]) && doc.text.indexOf(list[k]) >= 0) { inDoc = true; }
        if (!inDoc) { return; }
        score += 10 * hits(doc.t, set) + 4 * hits(doc.s, set) + Math.min(20, hits(doc.b, set)) + 1;
      }
      found.push({ doc: doc, score: score, sets: sets, terms: list });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found;
  }

  function isMatch(id, hit) {
    for (var k = 0; k < hit.sets.length; k++) {
      if (hit.sets[k].has(id)) { return true; }
      if (NO_SPACES.test(hit.terms[k]) && index.folded[id] && index.folded[id].indexOf(hit.terms[k]) >= 0) { return true; }
    }
    return false;
  }

  /* A few words around the first match in the body, the matches marked. */
  function snippet(hit, into) {
    var body = hit.doc.b;
    var at = 0;
    for (var i = 0; i < body.length; i++) { if (isMatch(body[i], hit)) { at = i; break; } }
    var start = Math.max(0, at - 8);
    var end = Math.min(body.length, at + 18);
    if (start > 0) { into.appendChild(document.createTextNode("… ")); }
    for (var j = start; j < end; j++) {
      var token = index.vocab[body[j]];
      if (isMatch(body[j], hit)) {
        var word = bare(token);
        var from = token.indexOf(word);
        into.appendChild(document.createTextNode(token.slice(0, from)));
        var mark = document.createElement("mark");
        mark.textContent = word;
        into.appendChild(mark);
        into.appendChild(document.createTextNode(token.slice(from + word.length)));
      } else {
        into.appendChild(document.createTextNode(token));
      }
    }
    if (end < body.length) { into.appendChild(document.createTextNode(" …")); }
  }

  function text(ids) {
    return ids.map(function (id) { return index.vocab[id]; }).join("").trim();
  }

  function show(found) {
    list.textContent = "";
    if (!found) { status.textContent = ""; return; }
    status.textContent = index.results[Math.min(found.length, index.results.length - 1)];
    found.slice(0, 10).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = base + hit.doc.u;
      a.lang = hit.doc.l;
      a.textContent = text(hit.doc.t);
      var title = document.createElement("p");
      title.className = "search__title";
      title.appendChild(a);
      li.appendChild(title);
      if (hit.doc.m || hit.doc.f) {
        var meta = document.createElement("p");
        meta.className = "search__meta";
        meta.textContent = [hit.doc.m, hit.doc.f].filter(Boolean).join(" · ");
        li.appendChild(meta);
      }
      var snip = document.createElement("p");
      snip.className = "search__snippet";
      snip.lang = hit.doc.l;
      snippet(hit, snip);
      li.appendChild(snip);
      list.appendChild(li);
    });
  }

  function run() { load(function () { show(search(input.value)); }); }

  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(run, 80); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  box.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && links.length) {
      e.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (e.key === "ArrowUp" && at >= 0) {
      e.preventDefault();
      if (at === 0) { input.focus(); } else { links[at - 1].focus(); }
    } else if (e.key === "Escape") {
      input.value = "";
      show(null);
      input.focus();
    }
  });
}());
