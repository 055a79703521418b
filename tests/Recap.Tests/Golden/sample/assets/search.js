// Recap's search page: runs in the browser against the index the build wrote under search/index/.
// A word is filed by its first three letters in one of `shards` files (w<n>.json, the FNV-1a hash
// of those letters); a query fetches the files of its words, then the files of documents (d<n>.json,
// `chunk` documents each) of the results it shows. Words are read as Recap's SearchText reads them:
// lower case, without accents, each Chinese or Japanese character a word, a few English words left out.
(function () {
  "use strict";

  var root = document.querySelector("[data-search-index]");
  if (!root) {
    return;
  }

  var indexUrl = root.getAttribute("data-search-index");
  var shards = Number(root.getAttribute("data-shards"));
  var chunkSize = Number(root.getAttribute("data-chunk"));
  var version = root.getAttribute("data-version");
  var base = root.getAttribute("data-base");
  var form = root.querySelector("form");
  var input = form.querySelector("input");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var more = root.querySelector(".search-more");
  var pageSize = 20;
  // The theme's words in the page's language (i18n/<language>.yml), a counted word as its plural forms.
  var phrases = JSON.parse(root.getAttribute("data-words") || "{}");
  var plurals = new Intl.PluralRules(document.documentElement.lang || "en");
  var kinds = { t: say("kind_talk"), s: say("kind_speaker"), o: say("kind_topic"), c: say("kind_conference") };
  var stopWords = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "is", "it", "its", "of", "on", "or", "the", "to", "what", "why", "with"]);
  var spelled = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ς": "σ" };
  var mark = /\p{M}/u;
  var letterOrDigit = /[\p{L}\p{Nd}]/u;
  var files = new Map();
  var current = 0;
  var results = [];
  var shown = 0;

  // The words of `key` with {0}, {1}, ... filled in; the form of a counted word chosen by its count, the first value.
  function say(key) {
    var values = Array.prototype.slice.call(arguments, 1);
    var pattern = phrases[key] || "";
    if (typeof pattern === "object") {
      pattern = pattern[plurals.select(values[0])] || pattern.other;
    }
    // A number stays on one line with the words beside it, as on the site's pages.
    values.forEach(function (value, n) {
      if (typeof value === "number") {
        var gap = "{" + n + "}";
        pattern = pattern.split(" " + gap).join("\u00a0" + gap).split(gap + " ").join(gap + "\u00a0");
      }
    });
    return pattern.replace(/\{(\d+)\}/g, function (gap, n) {
      var value = values[Number(n)];
      return value === undefined ? gap : typeof value === "number" ? value.toLocaleString(plurals.resolvedOptions().locale) : String(value);
    });
  }

  function fold(text) {
    var decomposed = text.normalize("NFD");
    var bare = "";
    for (var i = 0; i < decomposed.length; i++) {
      if (!mark.test(decomposed[i]) && decomposed[i] !== "\u0640") {
        bare += decomposed[i];
      }
    }
    var lower = bare.toLowerCase();
    var folded = "";
    for (var j = 0; j < lower.length; j++) {
      folded += spelled[lower[j]] || lower[j];
    }
    return folded.normalize("NFC");
  }

  function isIdeograph(c) {
    return (c >= "\u3040" && c <= "\u30ff") || (c >= "\u3400" && c <= "\u4dbf") || (c >= "\u4e00" && c <= "\u9fff") || (c >= "\uf900" && c <= "\ufaff");
  }

  function words(text) {
    var found = [];
    var word = "";
    function take() {
      if (word && !stopWords.has(word)) {
        found.push(word);
      }
      word = "";
    }
    var folded = fold(text);
    for (var i = 0; i < folded.length; i++) {
      var c = folded[i];
      if (!letterOrDigit.test(c)) {
        take();
      } else if (isIdeograph(c)) {
        take();
        word = c;
        take();
      } else {
        word += c;
      }
    }
    take();
    return found;
  }

  function shardOf(word) {
    var key = word.slice(0, 3);
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) {
      hash = Math.imul((hash ^ key.charCodeAt(i)) >>> 0, 16777619) >>> 0;
    }
    return hash % shards;
  }

  function load(name) {
    if (!files.has(name)) {
      files.set(name, fetch(indexUrl + name + ".json?v=" + version).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " for " + name);
        }
        return response.json();
      }));
    }
    return files.get(name);
  }

  // Documents by how many of the query's words they have, then how well, then as the index orders them (newest first).
  // A word in too many documents lists only the best (its list ends with -1): a document missing
  // from such a list may still have the word, so it counts as having it when other words found it.
  function rank(queryWords, shardFiles) {
    var found = new Map();
    var cut = new Array(queryWords.length).fill(false);
    queryWords.forEach(function (queryWord, q) {
      var shard = shardFiles[q];
      Object.keys(shard).forEach(function (word) {
        var exact = word === queryWord;
        if (!exact && (queryWord.length < 3 || word.lastIndexOf(queryWord, 0) !== 0)) {
          return;
        }
        var postings = shard[word];
        if (postings.length % 2 === 1) {
          cut[q] = true;
        }
        for (var i = 0; i + 1 < postings.length; i += 2) {
          var id = postings[i];
          var score = postings[i + 1] * (exact ? 2 : 1);
          var hit = found.get(id);
          if (!hit) {
            hit = { id: id, words: new Array(queryWords.length).fill(0) };
            found.set(id, hit);
          }
          hit.words[q] = Math.max(hit.words[q], score);
        }
      });
    });
    var ranked = Array.from(found.values()).map(function (hit) {
      return {
        id: hit.id,
        matched: hit.words.filter(function (s, q) { return s > 0 || cut[q]; }).length,
        score: hit.words.reduce(function (a, b) { return a + b; }, 0),
      };
    });
    ranked.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.id - b.id; });
    var best = ranked.length ? ranked[0].matched : 0;
    return { all: best === queryWords.length, ids: ranked.filter(function (r) { return r.matched === best; }).map(function (r) { return r.id; }) };
  }

  function show(query, found, run) {
    var ids = found.ids.slice(shown, shown + pageSize);
    var chunks = Array.from(new Set(ids.map(function (id) { return Math.floor(id / chunkSize); })));
    return Promise.all(chunks.map(function (n) { return load("d" + n); })).then(function (loaded) {
      if (run !== current) {
        return;
      }
      var byNumber = new Map(chunks.map(function (n, i) { return [n, loaded[i]]; }));
      ids.forEach(function (id) {
        var doc = byNumber.get(Math.floor(id / chunkSize))[id % chunkSize];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = base + doc[2];
        link.textContent = doc[1];
        link.dir = "auto";
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = kinds[doc[0]] || "";
        var detail = document.createElement("p");
        detail.className = "search-detail";
        detail.textContent = doc[3];
        detail.dir = "auto";
        item.append(link, " ", kind, detail);
        list.append(item);
      });
      shown += ids.length;
      more.hidden = shown >= found.ids.length;
      var count = say("search_results", found.ids.length);
      status.textContent = found.ids.length === 0
        ? say("search_nothing", query)
        : found.all ? say("search_found", count, query) : say("search_some", query, count);
    });
  }

  function search(query) {
    var run = ++current;
    var started = performance.now();
    var queryWords = Array.from(new Set(words(query)));
    list.replaceChildren();
    shown = 0;
    more.hidden = true;
    if (queryWords.length === 0) {
      status.textContent = query.trim() ? say("search_longer") : "";
      return Promise.resolve();
    }
    return Promise.all(queryWords.map(function (word) { return load("w" + shardOf(word)); }))
      .then(function (shardFiles) {
        if (run !== current) {
          return undefined;
        }
        results = rank(queryWords, shardFiles);
        return show(query, results, run);
      })
      .then(function () {
        if (run === current) {
          // How long the answer took, files included: for measuring, not shown.
          status.setAttribute("data-ms", String(Math.round(performance.now() - started)));
        }
      })
      .catch(function (error) {
        if (run === current) {
          status.textContent = say("search_failed", error.message);
        }
      });
  }

  var pending;
  function searchSoon() {
    clearTimeout(pending);
    pending = setTimeout(function () {
      var url = new URL(location.href);
      if (input.value) {
        url.searchParams.set("q", input.value);
      } else {
        url.searchParams.delete("q");
      }
      history.replaceState(null, "", url);
      search(input.value);
    }, 120);
  }

  input.addEventListener("input", searchSoon);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(pending);
    search(input.value);
  });
  more.querySelector("button").addEventListener("click", function () {
    show(input.value, results, current);
  });

  var initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  } else {
    input.focus();
  }
})();
