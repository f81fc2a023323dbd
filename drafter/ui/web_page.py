"""The one HTML page `drafter serve` sends: textual-serve's terminal page, with every
asset served by this machine (textual-serve's own page loads a web font from the
internet; here the same font comes from its static folder), Chinese labels, and
downloads started in the page instead of a pop-up window. It holds no setting of
drafter's: only the title, the websocket address and the font size."""

from __future__ import annotations

from html import escape
from string import Template

TITLE = "drafter 公文起草"

_PAGE = Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>$title</title>
<link rel="stylesheet" href="/static/css/xterm.css">
<style>
  @font-face {
    font-family: "Roboto Mono";
    src: url("/static/fonts/RobotoMono-VariableFont_wght.ttf") format("truetype");
    font-style: normal;
  }
  @font-face {
    font-family: "Roboto Mono";
    src: url("/static/fonts/RobotoMono-Italic-VariableFont_wght.ttf") format("truetype");
    font-style: italic;
  }
  html, body { margin: 0; height: 100%; background: #0c181f; }
  .textual-terminal { width: 100vw; height: 100vh; opacity: 0; transition: opacity 0.3s; }
  body.-first-byte .textual-terminal { opacity: 1; }
  .dialog-container { position: absolute; inset: 0; display: flex; align-items: center;
    justify-content: center; z-index: 10; }
  .shade { position: absolute; inset: 0; background: #0c181f; }
  .intro { z-index: 20; width: 480px; padding: 32px; text-align: center; font-size: 18px;
    font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
    color: rgba(255, 255, 255, 0.95); background: #12232d; }
  body.-first-byte .intro-dialog { display: none; }
  .closed-dialog { display: none; }
  body.-closed .closed-dialog { display: flex; }
  button { margin: 16px auto 0; padding: 12px 32px; border: none; color: #fff;
    background: #5e0ba7; font: inherit; cursor: pointer; display: block; }
  button:hover { background: #ac5af4; }
</style>
<script>
  // textual-serve opens each download in a new window, which browsers block as a pop-up
  // unless a key was pressed just before; a link clicked in this page always downloads.
  (function () {
    const open = window.open.bind(window);
    window.open = function (url, target, features) {
      const address = new URL(url, window.location.href);
      if (address.origin === window.location.origin
          && address.pathname.startsWith("/download/")) {
        const link = document.createElement("a");
        link.href = address.href;
        link.download = "";
        document.body.appendChild(link);
        link.click();
        link.remove();
        return null;
      }
      return open(url, target, features);
    };
  })();
  // Keys go to the app at once, without a click first (it is used from the keyboard).
  // The focus is given when the app's first output arrives: the app starts out
  // "blurred" and would miss a focus sent before it was running.
  window.addEventListener("load", () => {
    const watch = new MutationObserver(() => {
      const box = document.querySelector("#terminal .xterm-helper-textarea");
      if (!document.body.classList.contains("-first-byte") || !box) return;
      watch.disconnect();
      if (document.activeElement === box) box.blur();
      box.focus();
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ["class"] });
  });
  function restart() { window.location.reload(); }
</script>
<script src="/static/js/textual.js"></script>
</head>
<body>
<div class="dialog-container intro-dialog">
  <div class="shade"></div>
  <div class="intro">$title<br>正在启动……</div>
</div>
<div class="dialog-container closed-dialog">
  <div class="shade"></div>
  <div class="intro">已退出。<button type="button" onclick="restart()">重新打开</button></div>
</div>
<div id="terminal" class="textual-terminal"
     data-session-websocket-url="$websocket_url" data-font-size="$font_size"></div>
</body>
</html>
""")


def page(websocket_url: str, font_size: int) -> str:
    """The page for one tab; `websocket_url` is where its app process is reached."""
    return _PAGE.substitute(title=escape(TITLE), websocket_url=escape(websocket_url),
                            font_size=int(font_size))
