// Added by `recap serve` to the pages it serves (never to a built site): reloads the page when a
// rebuild writes it again, swaps stylesheets when only they changed, and shows the problems of a
// build that failed over the page, until a build succeeds.
(() => {
  const script = document.currentScript;
  const events = new EventSource(script.dataset.events);
  const here = () => decodeURI(location.pathname).replace(/index\.html$/, "");
  let overlay = null;

  // Says on the page when it listens, for whoever waits for that (the browser tests).
  events.addEventListener("open", () => { document.documentElement.dataset.recapLive = "open"; });

  function showProblems(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "recap-error-overlay";
      overlay.setAttribute("role", "alertdialog");
      overlay.setAttribute("aria-label", "The site could not be rebuilt");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(20,20,24,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
      const heading = document.createElement("h2");
      heading.textContent = "The site could not be rebuilt";
      heading.style.cssText = "margin:0 0 1rem;font:600 18px/1.3 system-ui,sans-serif;color:#ff8a80";
      const pre = document.createElement("pre");
      // The theme's code blocks have a background of their own, light in a light scheme: not here.
      pre.style.cssText = "margin:0;padding:0;border:0;border-radius:0;box-shadow:none;background:none;color:inherit;white-space:pre-wrap;font:inherit";
      const note = document.createElement("p");
      note.textContent = "Fix the file and save it: this page comes back by itself.";
      note.style.cssText = "margin:1rem 0 0;font:14px/1.4 system-ui,sans-serif;color:#bdbdbd";
      overlay.append(heading, pre, note);
      document.body.append(overlay);
    }
    overlay.querySelector("pre").textContent = text;
  }

  function hideProblems() {
    overlay?.remove();
    overlay = null;
  }

  function swapStylesheets() {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("recap-reload", Date.now());
      link.href = url.href;
    }
  }

  events.addEventListener("build", (message) => {
    const build = JSON.parse(message.data);
    if (!build.ok) {
      showProblems(build.problems);
      return;
    }

    const hadProblems = overlay !== null;
    hideProblems();
    if (build.initial) {
      return; // the build this page was served from, heard again on connecting
    }

    if (build.stylesOnly) {
      swapStylesheets();
    } else if (build.everything || hadProblems || build.pages.includes(here())) {
      location.reload();
    }
  });
})();
