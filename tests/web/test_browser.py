"""The web UI in a real headless Chromium (Debian's chromium and chromium-driver)."""
import shutil
import socket
import threading
import time

import pytest

from entente.web.app import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def base_url(system, sample_store):
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(sample_store, system), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def wait_for(browser, selector: str, timeout: float = 10):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(ready.presence_of_element_located((By.CSS_SELECTOR, selector)))


def test_filter_events_then_open_one_with_highlighted_evidence(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/?category=CONSULT")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")
    assert rows and all("CONSULT" in row.text for row in rows)
    rows[0].find_element(By.CSS_SELECTOR, "a.cat").click()
    mark = wait_for(browser, "mark.evidence-mark")
    assert mark.text.strip() and errors(browser) == []


def test_arabic_evidence_is_rendered_right_to_left(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/?lang=ar")
    browser.find_element(By.CSS_SELECTOR, "#events a.cat").click()
    context = wait_for(browser, "p.context")
    direction = browser.execute_script("return getComputedStyle(arguments[0].querySelector('mark')).direction", context)
    assert context.get_attribute("lang") == "ar" and direction == "rtl"


def test_entity_page_shows_offices_and_events(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/entities?q=Lavrov")
    browser.find_element(By.LINK_TEXT, "Sergei Lavrov").click()
    assert "Minister of Foreign Affairs" in wait_for(browser, "#offices").text
    assert browser.find_elements(By.CSS_SELECTOR, "#entity-events li a.cat")


@pytest.mark.parametrize("view, item", [("network", "g.node"), ("timeline", "rect.bar"), ("map", "circle.place")])
def test_charts_render_without_console_errors(browser, base_url, view, item):
    browser.get(f"{base_url}/{view}")
    wait_for(browser, f"#{view} svg {item}")
    assert errors(browser) == []


def test_article_markup_is_shown_as_text_never_run(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/documents/xss-probe")
    text = wait_for(browser, "#doc-text").text
    assert "<script>window.__pwned = 1</script>" in text
    assert "<script>" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.execute_script("return window.__pwned === undefined")
    browser.get(f"{base_url}/search?q=pwned")
    assert browser.execute_script("return window.__pwned === undefined")
