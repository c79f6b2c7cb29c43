"""Screenshots of the main pages of the web UI, over a store of the bundled samples (for review).

Usage: python scripts/screenshots.py OUTPUT_DIR   (needs Debian's chromium and chromium-driver)
"""
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.store.browse import list_events
from entente.store.event_queries import EventFilter
from entente.store.store import Store
from entente.system import Entente
from entente.web.app import create_app

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "entente" / "samples"
PAGES = {"events": "/", "event": None, "entity": "/entities/p-rus-sergei-lavrov", "documents": "/documents",
         "document": "/documents/ar_cairo_talks", "network": "/network", "timeline": "/timeline", "map": "/map",
         "search": "/search?q=Lavrov", "api": "/docs"}


def serve(store: Store, system: Entente) -> tuple[str, uvicorn.Server]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store, system), host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--window-size=1400,1100"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def main(output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    system = Entente()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "shots.db"))
        ingest(iter_inputs([str(SAMPLES)]), system.builder, store, system.pipeline)
        system.merge(store)
        base, server = serve(store, system)
        driver = browser()
        try:
            first_event = "/events/" + list_events(store, EventFilter(limit=1))["items"][0]["id"]
            for name, path in PAGES.items():
                driver.get(base + (path or first_event))
                time.sleep(0.8)
                driver.save_screenshot(str(output / f"{name}.png"))
                print(output / f"{name}.png")
        finally:
            driver.quit()
            server.should_exit = True


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
