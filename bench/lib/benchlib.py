"""Shared helpers for the benchmarks: start the program, log in, run wrk, read its figures."""
import email
import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import http.cookiejar


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Omzien:
    """The real program on a free port with a fresh data folder (demo content unless told otherwise)."""

    def __init__(self, build, demo=True, data=None, start_seconds=10):
        self.build = build
        self.data = data or tempfile.mkdtemp(prefix="omzien-bench-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        if demo:
            subprocess.run([f"{build}/omzien", "--data", self.data, "demo", "--if-empty"], check=True,
                           stdout=subprocess.DEVNULL)
        self.process = subprocess.Popen(
            [f"{build}/omzien", "--data", self.data, "serve", "--listen", f"127.0.0.1:{self.port}",
             "--base-url", self.base], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(int(start_seconds * 40)):
            try:
                urllib.request.urlopen(self.base + "/", timeout=1)
                return
            except Exception:
                time.sleep(0.025)
        raise RuntimeError("server did not start")

    def resident_kb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)

    def log_in(self, address):
        """Logs in with the code from the mail file; returns the Cookie header value."""
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
        page = opener.open(self.base + "/inloggen").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        before = set(glob.glob(self.data + "/mail/*.eml"))
        post(opener, self.base + "/inloggen", {"email": address, "csrf_token": token})
        code = None
        for _ in range(200):
            new = set(glob.glob(self.data + "/mail/*.eml")) - before
            if new:
                message = email.message_from_bytes(open(new.pop(), "rb").read())
                for part in message.walk():
                    if part.get_content_type() == "text/plain":
                        code = re.search(r"\b(\d{6})\b", part.get_payload(decode=True).decode()).group(1)
                break
            time.sleep(0.025)
        page = opener.open(self.base + "/inloggen/code").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        post(opener, self.base + "/inloggen/code", {"code": code, "csrf_token": token})
        return "; ".join(f"{c.name}={c.value}" for c in jar)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(opener, url, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        return opener.open(urllib.request.Request(url, data=data))
    except urllib.error.HTTPError as redirect:
        return redirect


def wrk(url, seconds=8, connections=32, threads=2, headers=()):
    """Runs wrk and returns (requests per second, p99 latency in ms)."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99_text = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    value, unit = float(p99_text.group(1)), p99_text.group(2)
    p99 = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    return rate, p99


class Nginx:
    """nginx serving one static folder on a free port: the upper limit for a small response."""

    def __init__(self, root):
        self.dir = tempfile.mkdtemp(prefix="omzien-nginx-")
        self.port = free_port()
        config = f"""
worker_processes 2;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {self.dir}/body;
  proxy_temp_path {self.dir}/proxy;
  fastcgi_temp_path {self.dir}/fastcgi;
  uwsgi_temp_path {self.dir}/uwsgi;
  scgi_temp_path {self.dir}/scgi;
  server {{
    listen 127.0.0.1:{self.port};
    root {root};
  }}
}}
"""
        with open(self.dir + "/nginx.conf", "w") as f:
            f.write(config)
        self.process = subprocess.Popen(["nginx", "-c", self.dir + "/nginx.conf", "-g", "daemon off;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)
