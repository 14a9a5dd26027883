"""The pages in headless Chromium at a phone's size (390x844): a clerk signs in, records a sale
with two taps, sees it among today's entries and in the month's cash flow; a viewer downloads the
audit pack, by pseudonym. Screenshots go to the folder given.

Usage: phone.py BASE_URL SHOTS_FOLDER DOWNLOADS_FOLDER
Environment: CHROMEDRIVER (default /usr/bin/chromedriver), CHROMIUM (default /usr/bin/chromium),
ARKA_CLERK and ARKA_VIEWER as name:password.
Exits 0 when every check holds; prints the first that does not and exits 1 otherwise.
"""
import os
import sys
import time
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

base, shots, downloads = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)
os.makedirs(downloads, exist_ok=True)


def check(condition, what):
    if not condition:
        print("browser check failed: " + what)
        driver.save_screenshot(os.path.join(shots, "failure.png"))
        driver.quit()
        sys.exit(1)


options = webdriver.ChromeOptions()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844", "--lang=en-US"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
driver.set_window_size(390, 844)
driver.implicitly_wait(5)


def sign_in(ledger, credentials):
    name, password = credentials.split(":", 1)
    driver.get(base + "/" + ledger + "/login")
    driver.find_element(By.NAME, "user").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    WebDriverWait(driver, 20).until(lambda d: "/login" not in d.current_url)


# The clerk, on the phone: two taps record a loaf of village bread.
sign_in("shop", os.environ.get("ARKA_CLERK", "drita:clerk-pass-1"))
check("/shop/shop" in driver.current_url, "the clerk lands on the shop, not " + driver.current_url)
width = driver.execute_script("return document.documentElement.scrollWidth")
check(width <= 390, "the shop page is %d pixels wide on a 390-pixel phone" % width)
driver.save_screenshot(os.path.join(shots, "1-shop.png"))
driver.find_element(By.CSS_SELECTOR, "button.product[value='BUKE']").click()
check(driver.find_element(By.NAME, "qty.BUKE").get_attribute("value") == "1", "a tap puts one loaf in the basket")
driver.save_screenshot(os.path.join(shots, "2-basket.png"))
driver.find_element(By.CSS_SELECTOR, "button[name='record']").click()
notice = driver.find_element(By.CSS_SELECTOR, ".notice").text
check("Recorded sale S-" in notice and "120 ALL by cash" in notice, "the sale is said recorded: " + notice)
sale = notice.split("Recorded sale ", 1)[1].split(" ", 1)[0]
check(sale in driver.find_element(By.TAG_NAME, "main").text, "today's entries show " + sale)
driver.save_screenshot(os.path.join(shots, "3-sale-recorded.png"))

# The month: the sale in the cash flow.
driver.get(base + "/shop/shop/month")
month = time.strftime("%Y-%m")
page = driver.find_element(By.TAG_NAME, "main").text
check(month in page, "the month's page shows " + month)
check(len(driver.find_elements(By.CSS_SELECTOR, "svg rect")) > 0, "the month's page draws the cash-flow chart")
check("120" in page, "the month's cash flow holds the sale's 120 ALL")
driver.save_screenshot(os.path.join(shots, "4-month.png"))
driver.get(base + "/shop/login")

# The auditor: reads the project's books, downloads the audit pack by pseudonym.
driver.delete_all_cookies()
sign_in("project", os.environ.get("ARKA_VIEWER", "auditor:viewer-pass-1"))
check("/project/dashboard" in driver.current_url, "the viewer lands on the dashboard, not " + driver.current_url)
driver.save_screenshot(os.path.join(shots, "5-dashboard.png"))
check(len(driver.find_elements(By.CSS_SELECTOR, "form[action$='/reverse']")) == 0, "a viewer is offered no write")
driver.get(base + "/project/workbooks")
check(len(driver.find_elements(By.NAME, "names")) == 0, "a viewer is not offered names")
Select(driver.find_element(By.NAME, "workbook")).select_by_value("audit-pack")
driver.find_element(By.CSS_SELECTOR, "button.primary").click()
target = os.path.join(downloads, "project-audit-pack.xlsx")
for _ in range(240):
    if os.path.exists(target) and not os.path.exists(target + ".crdownload"):
        break
    time.sleep(0.5)
check(os.path.exists(target), "the audit pack was downloaded to " + target)
with zipfile.ZipFile(target) as book:
    # Shared strings, or the sheets' own inline strings (a workbook written in constant memory).
    strings = "".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xml"))
    check("AP-" in strings, "the audit pack names applicants by pseudonym")
    check("Drita Ku" not in strings, "the audit pack holds no applicant's name")
driver.save_screenshot(os.path.join(shots, "6-workbooks.png"))
driver.quit()
print("browser checks passed; screenshots in " + shots)
