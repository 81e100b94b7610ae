#!/usr/bin/env python3
"""Loopback HTTP server for the NewsTools tests (tests/tools/WebServer.psm1 starts and stops it).

Binds 127.0.0.1 on a free port (port 0) and writes the port to --port-file once it listens. Serves every file
under --root by its path (/feeds/rss.xml -> ROOT/feeds/rss.xml), and test endpoints under /test/:

  /test/page/<n>                  a story page, "Headline <n>"; ?latency=MS delays it
  /test/status/<code>             that status; ?retry-after=S (seconds) or ?retry-after-date=S (an HTTP date S seconds ahead)
  /test/flaky/<key>/<n>/<code>    <code> for the first <n> requests of <key>, then a story page; ?retry-after=S
  /test/redirect/<n>              <n> redirects (302, relative Location), then a story page; ?code=301|303|307|308
  /test/absredirect/<n>           the same with absolute Locations
  /test/loop/<a|b>                a -> b -> a ... (a redirect loop)
  /test/redirect-to?url=U         one redirect to U (any scheme)
  /test/slow?ms=MS                waits MS before answering
  /test/trickle?ms=MS             sends the headers, then the body one piece every MS for ~30 s
  /test/gzip, /test/deflate       a story page with that Content-Encoding
  /test/gzip-bomb?mb=N            N MB of spaces, gzip encoded (Content-Encoding: gzip)
  /test/charset/<name>?where=header|meta|http-equiv|none
                                  a story written in a language of that charset, encoded in it, the charset
                                  declared where asked (windows-1251, windows-1252, shift_jis, gb18030, iso-8859-2)
  /test/big?mb=N&length=0|1       an N MB page, streamed, with or without Content-Length
  /test/type?t=TYPE               a story page served as TYPE; ?t= with nothing sends no Content-Type
  /test/echo                      a story page whose paragraphs quote the request headers
  /test/refresh                   a page with a meta refresh, a canonical and an amphtml link (?amp=PATH: its target)
  /test/stats                     JSON: requests, connections (not counting stats calls), most requests in flight at
                                  once, requests per path
  /test/reset                     clears the stats and the flaky counters

A request in absolute form (GET http://any.host/test/page/1) is answered as if it were for this server, as an http
proxy would, and listed in the stats' "proxied": -Proxy can be tested without any other host being reached.

--latency-ms adds that latency to every response (the /test/stats and /test/reset answers excepted).
"""
import argparse
import email.utils
import gzip
import json
import os
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = [
    "The town council voted on Tuesday to build a new central library on the site of the old bus depot, ending a decade of debate.",
    "Construction is due to start next spring, and the building should open in two years, the head of planning told reporters.",
    "Residents who opposed the plan said the depot site was too far from the station, but the motion passed by eleven votes to four.",
    "The library will hold a children's wing, a reading garden on the roof and a hall for two hundred people, the architects said.",
]

# Stories of our own writing, one per charset, each with enough letters outside ASCII to tell the charset by.
LOCAL_STORIES = {
    "windows-1251": ("Новая библиотека", [
        "Городской совет во вторник проголосовал за строительство новой центральной библиотеки на месте старого автобусного парка.",
        "Строительство начнётся следующей весной, а открыть здание планируют через два года, сообщил глава отдела планирования.",
        "Жители, выступавшие против проекта, говорили, что участок слишком далеко от вокзала, но решение приняли одиннадцатью голосами против четырёх.",
    ]),
    "windows-1252": ("Une nouvelle bibliothèque", [
        "Le conseil municipal a voté mardi la construction d’une nouvelle bibliothèque centrale à l’emplacement de l’ancien dépôt de bus.",
        "Les travaux débuteront au printemps prochain et le bâtiment ouvrira dans deux ans, a précisé la responsable de l’urbanisme.",
        "Les élèves du quartier et leurs sœurs aînées ont célébré l’événement devant la mairie — une fête très attendue.",
    ]),
    "shift_jis": ("新しい図書館", [
        "市議会は火曜日、古いバス車庫の跡地に新しい中央図書館を建設する計画を賛成多数で承認した。",
        "工事は来年の春に始まり、建物は二年後に開館する予定だと、都市計画の担当者は記者団に語った。",
        "計画に反対していた住民は、駅から遠すぎると話していたが、議案は十一対四で可決された。",
    ]),
    "gb18030": ("新图书馆", [
        "市议会周二投票通过了在旧公交车站原址上建造一座新的中央图书馆的计划，结束了长达十年的争论。",
        "工程将于明年春天开工，新馆预计两年后开放，规划部门负责人对记者表示。",
        "反对该计划的居民说，这块地离火车站太远，但议案最终以十一票对四票获得通过。",
    ]),
    "iso-8859-2": ("Nowa biblioteka", [
        "Rada miasta we wtorek zagłosowała za budową nowej biblioteki centralnej na miejscu starej zajezdni autobusowej.",
        "Budowa ruszy wiosną przyszłego roku, a gmach ma zostać otwarty za dwa lata, powiedziała szefowa wydziału planowania.",
        "Mieszkańcy, którzy sprzeciwiali się projektowi, mówili, że działka leży zbyt daleko od dworca, ale uchwałę przyjęto.",
    ]),
}
LANGS = {"windows-1251": "ru", "windows-1252": "fr", "shift_jis": "ja", "gb18030": "zh", "iso-8859-2": "pl"}


def story_html(title, paragraphs, head_extra="", lang="en"):
    body = "".join("<p>%s</p>\n" % p for p in paragraphs)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head>%s<title>%s | Town Crier</title></head>\n"
            "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
            "<article><h1>%s</h1>\n%s</article>\n<footer>Copyright 2024 Town Crier</footer></body></html>\n"
            % (lang, head_extra, title, title, body))


def numbered_story(n):
    return story_html("Headline %s" % n, ["Story %s: %s" % (n, p) for p in STORY])


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with getattr(self, "lock", threading.Lock()):
            self.requests = 0
            self.connections = 0
            self.in_flight = 0
            self.max_in_flight = 0
            self.paths = {}
            self.flaky = {}
            self.proxied = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "NewsToolsTestServer/1.0"

    def log_message(self, fmt, *args):
        pass

    counted = False

    # ---- helpers -------------------------------------------------------------------------------
    def send_body(self, status, body, content_type="text/html; charset=utf-8", headers=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def send_redirect(self, location, code=302):
        self.send_body(code, "<p>Moved to %s</p>" % location, headers={"Location": location})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        proxied = bool(url.scheme)  # "GET http://host/path": asked as a proxy
        path = urllib.parse.unquote(url.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        stats = self.server.stats
        if path == "/test/stats":
            with stats.lock:
                data = {"requests": stats.requests, "connections": stats.connections, "maxInFlight": stats.max_in_flight,
                        "paths": stats.paths, "proxied": stats.proxied}
            return self.send_body(200, json.dumps(data), "application/json")
        if path == "/test/reset":
            stats.reset()
            return self.send_body(200, "{}", "application/json")

        with stats.lock:
            if not self.counted:
                # A connection counts from its first request that is not a stats call (the tests' own checks).
                self.counted = True
                stats.connections += 1
            stats.requests += 1
            stats.in_flight += 1
            stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
            stats.paths[path] = stats.paths.get(path, 0) + 1
            if proxied:
                stats.proxied.append(self.path)
        try:
            latency = int(query.get("latency", self.server.latency_ms))
            if latency > 0:
                time.sleep(latency / 1000.0)
            self.route(path, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            with stats.lock:
                stats.in_flight -= 1

    # ---- routes --------------------------------------------------------------------------------
    def route(self, path, query):
        parts = [p for p in path.split("/") if p]
        if len(parts) >= 2 and parts[0] == "test":
            name, rest = parts[1], parts[2:]
            handler = getattr(self, "t_" + name.replace("-", "_"), None)
            if handler:
                return handler(rest, query)
            return self.send_body(404, "<p>No such test endpoint</p>")
        return self.serve_file(path)

    def serve_file(self, path):
        root = os.path.realpath(self.server.root)
        full = os.path.realpath(os.path.join(root, path.lstrip("/")))
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        if not (full == root or full.startswith(root + os.sep)) or not os.path.isfile(full):
            return self.send_body(404, "<html><body><h1>Not found</h1></body></html>")
        ext = os.path.splitext(full)[1].lower()
        types = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".rss": "application/rss+xml",
                 ".atom": "application/atom+xml", ".json": "application/json", ".txt": "text/plain", ".gz": "application/gzip"}
        with open(full, "rb") as f:
            data = f.read()
        self.send_body(200, data, types.get(ext, "application/octet-stream"))

    def t_page(self, rest, query):
        self.send_body(200, numbered_story(rest[0] if rest else "0"))

    def t_status(self, rest, query):
        code = int(rest[0])
        headers = {}
        if "retry-after" in query:
            headers["Retry-After"] = query["retry-after"]
        if "retry-after-date" in query:
            headers["Retry-After"] = email.utils.formatdate(time.time() + float(query["retry-after-date"]), usegmt=True)
        self.send_body(code, "<html><body><h1>Status %d</h1></body></html>" % code, headers=headers)

    def t_flaky(self, rest, query):
        key, failures, code = rest[0], int(rest[1]), int(rest[2])
        stats = self.server.stats
        with stats.lock:
            seen = stats.flaky.get(key, 0)
            stats.flaky[key] = seen + 1
        if seen < failures:
            headers = {}
            if "retry-after" in query:
                headers["Retry-After"] = query["retry-after"]
            if "retry-after-date" in query:
                headers["Retry-After"] = email.utils.formatdate(time.time() + float(query["retry-after-date"]), usegmt=True)
            return self.send_body(code, "<html><body><h1>Status %d</h1></body></html>" % code, headers=headers)
        self.send_body(200, numbered_story("flaky " + key))

    def t_redirect(self, rest, query):
        n = int(rest[0])
        if n <= 0:
            return self.send_body(200, numbered_story("after redirects"))
        self.send_redirect("%d" % (n - 1) + ("?code=" + query["code"] if "code" in query else ""), int(query.get("code", 302)))

    def t_absredirect(self, rest, query):
        n = int(rest[0])
        if n <= 0:
            return self.send_body(200, numbered_story("after redirects"))
        host = self.headers.get("Host")
        self.send_redirect("http://%s/test/absredirect/%d" % (host, n - 1))

    def t_loop(self, rest, query):
        self.send_redirect("/test/loop/" + ("b" if rest and rest[0] == "a" else "a"))

    def t_redirect_to(self, rest, query):
        self.send_redirect(query["url"])

    def t_slow(self, rest, query):
        time.sleep(int(query.get("ms", 5000)) / 1000.0)
        self.send_body(200, numbered_story("slow"))

    def t_trickle(self, rest, query):
        ms = int(query.get("ms", 200))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        self.wfile.write(b"<html><body><article>")
        deadline = time.time() + 30
        while time.time() < deadline:
            self.wfile.write(b"<p>More of the story arrives slowly, one paragraph at a time.</p>\n")
            self.wfile.flush()
            time.sleep(ms / 1000.0)

    def t_gzip(self, rest, query):
        self.send_body(200, gzip.compress(numbered_story("gzip").encode("utf-8")), headers={"Content-Encoding": "gzip"})

    def t_deflate(self, rest, query):
        self.send_body(200, zlib.compress(numbered_story("deflate").encode("utf-8")), headers={"Content-Encoding": "deflate"})

    def t_gzip_bomb(self, rest, query):
        mb = int(query.get("mb", 64))
        self.send_body(200, gzip.compress(b" " * (mb * 1024 * 1024), 9), headers={"Content-Encoding": "gzip"})

    def t_charset(self, rest, query):
        name = rest[0].lower()
        title, paragraphs = LOCAL_STORIES[name]
        where = query.get("where", "header")
        head = ""
        if where == "meta":
            head = '<meta charset="%s">' % name
        elif where == "http-equiv":
            head = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % name
        html = story_html(title, paragraphs, head, LANGS[name])
        ctype = "text/html; charset=%s" % name if where == "header" else "text/html"
        self.send_body(200, html.encode(name), ctype)

    def t_big(self, rest, query):
        mb = int(query.get("mb", 40))
        total = mb * 1024 * 1024
        chunk = (b"<p>" + b"x" * 1017 + b"</p>\n")  # 1 KB
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if query.get("length", "0") == "1":
            self.send_header("Content-Length", str(total))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        sent = 0
        while sent < total:
            self.wfile.write(chunk * 64)
            sent += len(chunk) * 64

    def t_type(self, rest, query):
        self.send_body(200, numbered_story("typed"), query.get("t", ""))

    def t_echo(self, rest, query):
        lines = ["Header %s is %s, as the server received it in this request." % (k, v) for k, v in self.headers.items()]
        self.send_body(200, story_html("Echo", STORY[:2] + lines))

    def t_refresh(self, rest, query):
        host = self.headers.get("Host")
        head = ('<meta http-equiv="refresh" content="5; url=/test/page/refreshed">'
                '<link rel="canonical" href="http://%s/test/page/canonical">'
                '<link rel="amphtml" href="http://%s%s">' % (host, host, query.get("amp", "/test/page/amp")))
        self.send_body(200, story_html("Refresh", STORY, head))


class Server(ThreadingHTTPServer):
    # Parallel tests open many connections at once; the default backlog of 5 would refuse some.
    request_queue_size = 128
    daemon_threads = True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=".", help="folder whose files are served by path")
    ap.add_argument("--port-file", required=True, help="file the chosen port is written to once the server listens")
    ap.add_argument("--latency-ms", type=int, default=0, help="latency added to every response")
    args = ap.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.root = args.root
    server.latency_ms = args.latency_ms
    server.stats = Stats()
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
