// Runs before the page's first paint (a classic script in <head>, inline). The static first paint of the sample
// (#first-paint, see src/components/first_paint.rs) is drawn with the English interface's words, so it is shown
// only to a visitor who will get the English interface and has nothing of their own to open:
// - a visitor who has stored documents, or who arrives by a link carrying one (#...), never sees it: the app opens
//   their own document instead (class `has-work`);
// - a visitor whose interface language is another one never sees it either (class `other-language`): its header
//   would wrap as English does, and the text would move when the app takes over. The language is chosen by core's
//   rule (`locale::negotiate`: the stored choice, else the first of ?lang= and the browser's languages that a shipped
//   one serves, by tag or by primary language; else English); the shipped tags are put in by scripts/postbuild.mjs
//   from locales/.
(function () {
  var root = document.documentElement;
  var returning = location.hash.length > 1;
  try {
    for (var i = 0; !returning && i < localStorage.length; i++) {
      if (String(localStorage.key(i)).indexOf('spandrel/v2/doc/') === 0) returning = true;
    }
  } catch (e) {
    returning = true; // storage unreadable: do not promise the sample
  }
  if (returning) root.classList.add('has-work');

  var shipped = /*SHIPPED*/ ['en'];
  var norm = function (t) { return String(t).trim().replace(/_/g, '-').toLowerCase(); };
  var primary = function (t) { return norm(t).split('-')[0]; };
  var exact = function (t) {
    if (norm(t) === 'en-xa') return 'en-XA'; // the pseudo-locale
    for (var i = 0; i < shipped.length; i++) if (norm(shipped[i]) === norm(t)) return shipped[i];
    return null;
  };
  var byPrimary = function (t) {
    for (var i = 0; i < shipped.length; i++) if (primary(shipped[i]) === primary(t)) return shipped[i];
    return null;
  };
  var tag = null;
  try {
    var m = /"language"\s*:\s*"([^"]*)"/.exec(localStorage.getItem('spandrel/v2/settings') || '');
    if (m) tag = exact(m[1]);
  } catch (e) {
    tag = null;
  }
  if (!tag) {
    var asked = [];
    var q = /[?&]lang=([^&#]*)/.exec(location.search);
    if (q) asked.push(q[1].replace(/%2D/gi, '-'));
    asked = asked.concat(navigator.languages || [navigator.language || '']);
    for (var j = 0; !tag && j < asked.length; j++) tag = exact(asked[j]) || byPrimary(asked[j]);
  }
  if (tag && tag !== 'en') root.classList.add('other-language');
})();
