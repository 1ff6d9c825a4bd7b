#!/usr/bin/env python3
"""Real-browser check of `quarterly preview`: pages reload themselves after an edit.

Copies a sample edition to a temporary folder, starts `quarterly preview` on a free port (with its own
TMPDIR), and opens the newsletter in headless Chromium (Debian's chromium and chromedriver, driven by
selenium, as ../shared/tools/html-check installs them). Then, without ever reloading the page itself:

  1. edits a fragment and waits up to 3 seconds for the page to show the new text;
  2. breaks the fragment and waits up to 3 seconds for the diagnostics page (the error, the source
     line and a caret);
  3. fixes it and waits up to 3 seconds for the newsletter to come back;
  4. sends SIGTERM and checks that preview exits 0 and its temporary folder is gone.

Usage: Scripts/check-preview.py [QUARTERLY_BINARY] [--edition DIR] [--shared DIR]
Run it with the html-check venv's python (it has selenium):
  ~/.cache/html-check/venv/bin/python Scripts/check-preview.py .build/release/quarterly
Exit: 0 every step passed, 1 a step failed, 2 setup error.
"""
import argparse
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIMIT = 3.0  # seconds a change may take to show in the open page


def fail(message, code=1):
    print(f"check-preview: FAIL: {message}", file=sys.stderr)
    sys.exit(code)


def wait_for(condition, seconds):
    """Polls `condition` every 50 ms; returns the seconds it took, or None once `seconds` pass."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if condition():
                return time.monotonic() - start
        except Exception:  # the page may be between loads
            pass
        time.sleep(0.05)
    return None


def start_browser(shared):
    """The shared tools' time-bounded Chromium when they are there, else the same options here."""
    tools = shared / "tools" / "html-check"
    if (tools / "_browser.py").is_file():
        sys.path.insert(0, str(tools))
        from _browser import start_driver, stop_driver  # noqa: E402

        return start_driver(), stop_driver
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--window-size=1280,900"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"), log_output=os.devnull)
    return webdriver.Chrome(service=service, options=options), lambda driver: driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", default=str(ROOT / ".build/release/quarterly"))
    parser.add_argument("--edition", default=str(ROOT / "Inputs/birmingham-2022-q3"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    binary = pathlib.Path(args.binary).resolve()
    if not os.access(binary, os.X_OK):
        fail(f"no quarterly binary at {binary}", 2)

    work = pathlib.Path(tempfile.mkdtemp(prefix="check-preview-"))
    edition = work / "editions" / pathlib.Path(args.edition).name
    shutil.copytree(args.edition, edition)
    private = work / "tmp"
    private.mkdir()
    fragment = edition / "narrative" / "03-short-breaks.md"
    original = fragment.read_text(encoding="utf-8")
    environment = dict(os.environ, TMPDIR=str(private))
    stdout_path = work / "stdout"
    with open(stdout_path, "w") as stdout, open(work / "stderr", "w") as stderr:
        preview = subprocess.Popen(
            [str(binary), "preview", str(edition), "--port", "0", "--templates", str(ROOT / "Templates")],
            cwd=work, env=environment, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
    driver, stop_driver = None, None
    try:
        def serving_line():
            for line in stdout_path.read_text().splitlines():
                if line.startswith("Serving "):
                    return line
            return None

        if wait_for(lambda: serving_line() is not None or preview.poll() is not None, 60) is None \
                or serving_line() is None:
            fail(f"preview did not start: {(work / 'stderr').read_text()[-2000:]}", 2)
        url = serving_line().split(" at ", 1)[1].split(" ", 1)[0]
        if not url.startswith("http://127.0.0.1:"):
            fail(f"preview serves on {url}, not on 127.0.0.1")
        page = f"{url}{edition.name}/newsletter.html"
        print(f"check-preview: {serving_line()}")

        driver, stop_driver = start_browser(pathlib.Path(args.shared))
        driver.set_page_load_timeout(30)
        driver.get(page)
        if "Short breaks" not in driver.page_source:
            fail("the newsletter did not load")
        # A mark that only this load of the page has: gone once the page reloads by itself.
        driver.execute_script("window.__checkPreviewMark = true;")

        def reloaded():
            return driver.execute_script("return window.__checkPreviewMark === undefined;")

        # 1. An edit shows in the open page.
        token = f"Preview check {int(time.time() * 1000)}: reviews start in January."
        edited = original.rstrip("\n") + "\n\n" + token + "\n"
        fragment.write_text(edited, encoding="utf-8")
        took = wait_for(lambda: token in driver.page_source, LIMIT)
        if took is None:
            fail(f"the edit did not show in the open page within {LIMIT} s")
        if not reloaded():
            fail("the page shows the edit but did not reload itself")
        print(f"check-preview: PASS edit shown in {took:.2f} s without a manual reload")

        # 2. A broken fragment shows the diagnostics page with the source line and a caret.
        driver.execute_script("window.__checkPreviewMark = true;")
        broken_line = "A broken {{#section}} for the check"
        fragment.write_text(edited + broken_line + "\n", encoding="utf-8")
        line_number = len(edited.splitlines()) + 1
        where = f"{fragment.name}:{line_number}:10: error:"

        def shows_diagnostics():
            source = driver.page_source
            return ("did not build" in source and where in source and "class=\"caret\"" in source
                    and broken_line in source)

        took = wait_for(shows_diagnostics, LIMIT)
        if took is None:
            fail(f"no diagnostics page with '{where}', the source line and a caret within {LIMIT} s")
        caret = driver.execute_script(
            "return Array.from(document.querySelectorAll('.caret')).map(e => e.textContent);")
        if " " * 9 + "^" not in caret:
            fail(f"the caret is not under column 10: {caret!r}")
        print(f"check-preview: PASS diagnostics page with a caret shown in {took:.2f} s")

        # 3. Fixed, the page comes back by itself.
        fragment.write_text(edited, encoding="utf-8")
        took = wait_for(lambda: token in driver.page_source and "did not build" not in driver.page_source, LIMIT)
        if took is None:
            fail(f"the page did not come back within {LIMIT} s of the fix")
        print(f"check-preview: PASS page back {took:.2f} s after the fix")
    finally:
        if driver is not None:
            stop_driver(driver)
        if preview.poll() is None:
            preview.send_signal(signal.SIGTERM)
        try:
            status = preview.wait(timeout=10)
        except subprocess.TimeoutExpired:
            preview.kill()
            status = None
        left = sorted(p.name for p in private.iterdir())
        shutil.rmtree(work, ignore_errors=True)

    # 4. SIGTERM: exit 0 and no temporary folder left.
    if status != 0:
        fail(f"preview exited with {status} after SIGTERM, not 0")
    if left:
        fail(f"preview left its temporary folder behind: {left}")
    print("check-preview: PASS SIGTERM stopped preview (exit 0) and its temporary folder is gone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
