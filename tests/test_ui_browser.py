"""The page at /ui in a real browser: Debian's headless Chromium driven through its chromedriver.

The page is checked against the API it calls: what it shows for an input (predicted class, one bar
per unit with kept and dense widths, FLOPs) must be what `POST /v2/models/{name}/infer` answers for
the very tensor the page sent. Nothing is downloaded: the browser and driver come from Debian
(`make browser-tools`), Selenium is pointed at them, and the server runs on loopback.

Screenshots (desktop 1280x800 and a 390 px phone) go to a temporary folder, or to
$DYNAPRUNE_UI_SCREENSHOTS when set; `DYNAPRUNE_UI_REPO=REPO DYNAPRUNE_UI_SCREENSHOTS=docs/ui` takes
the README's pictures against a real model repository (the demo) instead of the test models.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import numpy as np
import pytest

from tests.server_fixtures import GRAY, ServerProcess, png_bytes

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Debian's chromium and chromium-driver are not installed (`make browser-tools` installs them as root)",
)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

DESKTOP = (1280, 800)
PHONE = (390, 844)
WAIT_S = 20.0


@pytest.fixture(scope="module")
def served(server_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, str]]:
    """A server of its own (its counters are this module's alone) and the model the page is tried on."""
    repo = Path(os.environ.get("DYNAPRUNE_UI_REPO") or server_repo)
    server = ServerProcess(repo, tmp_path_factory.mktemp("ui-server") / "server.log")
    try:
        server.wait_ready()
        models = httpx.get(f"{server.url}/v1/models", timeout=10).json()["models"]
        model = GRAY if GRAY in models else models[0]
        yield server, model
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-quic", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(*DESKTOP)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("DYNAPRUNE_UI_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("ui-screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except Exception as exc:  # noqa: BLE001 - the page may still be rendering
            last = exc
        else:
            if last:
                return last
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def open_page(browser: Any, server: ServerProcess, model: str) -> None:
    browser.get(f"{server.url}/ui")
    select = wait_for(lambda: browser.find_element(By.ID, "model"), "the model picker")
    wait_for(lambda: model in [o.get_attribute("value") for o in Select(select).options], f"model {model} listed")
    Select(select).select_by_value(model)
    wait_for(lambda: browser.execute_script("return window.dynapruneUI && window.dynapruneUI.ready === true"),
             "the page to load the model's metadata")


def last_exchange(browser: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The body of the page's last infer request and the response it got."""
    last = wait_for(lambda: browser.execute_script("return window.dynapruneUI.last"), "an inference to finish")
    return last["request"], last["response"]


def full_page_screenshot(browser: Any, path: Path, width: int) -> None:
    """The whole page at `width` px (the window grows to the page's height, then shrinks back)."""
    before = browser.get_window_size()
    height = int(browser.execute_script("return document.documentElement.scrollHeight"))
    chrome = int(browser.execute_script("return window.outerHeight - window.innerHeight"))
    browser.set_window_size(width, min(max(height, 400), 4000) + chrome)
    browser.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)  # let layout settle at the new size
    browser.save_screenshot(str(path))
    browser.set_window_size(before["width"], before["height"])


def number(text: str) -> float:
    return float(re.sub(r"[^0-9.eE+-]", "", text))


def assert_page_shows_what_the_api_answers(browser: Any, server: ServerProcess, model: str) -> None:
    request, shown_response = last_exchange(browser)
    answer = httpx.post(f"{server.url}/v2/models/{model}/infer", json=request, timeout=30).json()
    meta = httpx.get(f"{server.url}/v2/models/{model}", timeout=10).json()
    outputs = {o["name"]: o for o in answer["outputs"]}
    classes = meta["parameters"]["class_names"]
    probabilities = np.asarray(outputs["probabilities"]["data"], dtype=np.float64)
    assert browser.find_element(By.ID, "top1").text.strip() == classes[int(np.argmax(probabilities))]
    assert answer["parameters"]["flops_executed"] == shown_response["parameters"]["flops_executed"]
    assert number(browser.find_element(By.ID, "flops-executed").text) == pytest.approx(
        answer["parameters"]["flops_executed"], rel=1e-3)
    assert number(browser.find_element(By.ID, "flops-dense").text) == pytest.approx(
        answer["parameters"]["flops_dense"], rel=1e-3)
    units = browser.find_elements(By.CSS_SELECTOR, "#units .unit")
    names = meta["parameters"]["unit_names"]
    assert [u.get_attribute("data-unit") for u in units] == names  # one entry per unit, in execution order
    kept = [int(k) for k in outputs["kept_channels"]["data"]]
    assert [int(u.get_attribute("data-kept")) for u in units] == kept
    assert [int(u.get_attribute("data-dense")) for u in units] == meta["parameters"]["unit_channels"]


def test_drawing_a_digit_shows_the_api_answer_and_one_bar_per_unit(browser, served, shots):
    server, model = served
    open_page(browser, server, model)
    canvas = browser.find_element(By.ID, "canvas")
    width = canvas.size["width"]
    stroke = ActionChains(browser).move_to_element_with_offset(canvas, -width // 8, -width // 3).click_and_hold()
    for dx, dy in ((width // 8, width // 6), (0, width // 5), (0, width // 5), (-width // 10, width // 10)):
        stroke = stroke.move_by_offset(dx, dy)
    stroke.release().perform()
    browser.find_element(By.ID, "submit").click()
    assert_page_shows_what_the_api_answers(browser, server, model)
    request, _ = last_exchange(browser)
    assert max(request["inputs"][0]["data"]) > 0.5, "the stroke should have reached the tensor"
    full_page_screenshot(browser, shots / "ui-drawing.png", DESKTOP[0])


def test_uploading_an_image_classifies_it(browser, served, tmp_path):
    server, model = served
    open_page(browser, server, model)
    picture = tmp_path / "digit.png"
    picture.write_bytes(png_bytes((24, 24), mode="L"))
    browser.execute_script("window.dynapruneUI.last = null")
    browser.find_element(By.ID, "upload").send_keys(str(picture))
    browser.find_element(By.ID, "submit").click()
    assert_page_shows_what_the_api_answers(browser, server, model)


def test_a_sample_of_the_models_test_data_can_be_picked(browser, served, shots):
    server, model = served
    samples = httpx.get(f"{server.url}/v1/models/{model}/samples", timeout=10).json()
    if not samples["images"]:
        pytest.skip(f"{model} carries no samples")
    open_page(browser, server, model)
    thumbnails = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#samples button"), "sample thumbnails")
    assert len(thumbnails) == len(samples["images"])
    browser.execute_script("window.dynapruneUI.last = null")
    thumbnails[0].click()
    browser.find_element(By.ID, "submit").click()
    request, _ = last_exchange(browser)
    np.testing.assert_allclose(request["inputs"][0]["data"], samples["images"][0], atol=1e-6)
    assert_page_shows_what_the_api_answers(browser, server, model)
    time.sleep(3.5)  # one more poll of /metrics, so the live view shows this traffic too
    full_page_screenshot(browser, shots / "ui-desktop.png", DESKTOP[0])


def test_the_page_works_from_the_keyboard(browser, served):
    server, model = served
    open_page(browser, server, model)
    browser.execute_script("window.dynapruneUI.last = null")
    thumbnails = browser.find_elements(By.CSS_SELECTOR, "#samples button")
    if thumbnails:  # choose an input by keyboard too
        thumbnails[0].send_keys(Keys.ENTER)
    submit = browser.find_element(By.ID, "submit")
    submit.send_keys(Keys.ENTER)
    last_exchange(browser)
    assert browser.find_element(By.ID, "top1").text.strip()


def test_the_live_view_follows_the_servers_counters(browser, served):
    server, model = served
    open_page(browser, server, model)
    before = wait_for(lambda: browser.find_element(By.ID, "live-requests").text.strip(), "the live view")
    meta = httpx.get(f"{server.url}/v2/models/{model}", timeout=10).json()
    shape = [1, *meta["inputs"][0]["shape"][1:]]
    body = {"inputs": [{"name": meta["inputs"][0]["name"], "datatype": "FP32", "shape": shape,
                        "data": np.random.default_rng(0).random(int(np.prod(shape))).round(3).tolist()}]}
    for _ in range(5):
        assert httpx.post(f"{server.url}/v2/models/{model}/infer", json=body, timeout=30).status_code == 200
    wait_for(lambda: number(browser.find_element(By.ID, "live-requests").text) >= number(before) + 5,
             "the live view to count the new requests", timeout=30)
    assert number(browser.find_element(By.ID, "live-rps").text) >= 0
    units = browser.find_element(By.ID, "live-units")  # per-unit keep ratios of the recent window, not since load
    wait_for(lambda: units.get_attribute("data-scope") == "window", "the per-unit view to cover the window")
    assert len(units.find_elements(By.CSS_SELECTOR, ".unit")) == len(meta["parameters"]["unit_names"])


def test_an_error_from_the_server_is_shown_not_swallowed(browser, served):
    server, model = served
    open_page(browser, server, model)
    assert httpx.post(f"{server.url}/v2/repository/models/{model}/unload", timeout=30).status_code == 200
    try:
        browser.find_element(By.ID, "submit").click()
        message = wait_for(lambda: browser.find_element(By.ID, "error").text.strip(), "an error message")
        assert re.search(r"\b(4\d\d|503)\b", message), message
        assert "unloaded" in message or "not available" in message or model in message, message
    finally:
        assert httpx.post(f"{server.url}/v2/repository/models/{model}/load", timeout=60).status_code == 200


def test_the_page_fits_a_phone_screen(browser, served, shots):
    server, model = served
    browser.set_window_size(*PHONE)
    try:
        open_page(browser, server, model)
        browser.find_element(By.ID, "submit").click()
        last_exchange(browser)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow} px of horizontal scroll at {PHONE[0]} px"
        browser.find_element(By.ID, "result").location_once_scrolled_into_view  # noqa: B018 - scrolls
        browser.save_screenshot(str(shots / "ui-phone.png"))
    finally:
        browser.set_window_size(*DESKTOP)


def test_the_browser_reports_no_content_security_policy_violation(browser, served):
    server, model = served
    open_page(browser, server, model)
    logs = [json.dumps(entry) for entry in browser.get_log("browser")] if hasattr(browser, "get_log") else []
    assert not [line for line in logs if "Content Security Policy" in line], logs


def test_the_budget_slider_reruns_the_same_input_at_another_budget(browser, served):
    server, model = served
    meta = httpx.get(f"{server.url}/v2/models/{model}", timeout=10).json()
    if not meta["parameters"].get("flops_budget"):
        pytest.skip(f"{model} takes no compute budget")
    open_page(browser, server, model)
    browser.find_element(By.ID, "submit").click()
    request, _ = last_exchange(browser)
    slider = wait_for(lambda: browser.find_element(By.ID, "budget-range"), "the budget slider")
    assert browser.find_element(By.ID, "budget").is_displayed()
    slider.send_keys(Keys.HOME)  # the keyboard moves it: to the smallest budget
    budget = float(slider.get_attribute("min"))
    last = wait_for(lambda: browser.execute_script("return window.dynapruneUI.lastBudget"), "the budget run")
    assert last["request"]["parameters"] == {"flops_budget": budget}
    assert last["request"]["inputs"] == request["inputs"]  # the same input, re-sent
    answer = httpx.post(f"{server.url}/v2/models/{model}/infer", json=last["request"], timeout=30).json()
    assert answer["parameters"]["flops_executed"] == last["response"]["parameters"]["flops_executed"]
    rows = browser.find_elements(By.CSS_SELECTOR, "#budget-runs tr")
    assert len(rows) == 2 and rows[1].get_attribute("data-budget") == ""  # the newest run first, as trained last
    assert float(rows[0].get_attribute("data-budget")) == budget
    assert float(rows[0].get_attribute("data-flops-executed")) == answer["parameters"]["flops_executed"]
    probabilities = np.asarray(next(o for o in answer["outputs"] if o["name"] == "probabilities")["data"])
    assert int(rows[0].get_attribute("data-class-index")) == int(np.argmax(probabilities))
