package dev.grantry.it.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium's headless shell from Debian ({@code chromium-headless-shell}, {@code chromium-driver}), driven by
 * Selenium: the same Blink engine as the {@code chromium} browser without its desktop parts, at a fraction of the
 * CPU per page. Both binaries are named explicitly so that Selenium never tries to download a driver. Elements are found as a person finds them:
 * fields by their visible label, buttons by their text.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium-headless-shell");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** Sets a field's value unless it is disabled, read-only or not shown; answers whether it did. */
    private static final String PASTE = """
            const field = arguments[0];
            if (field.disabled || field.readOnly || field.getClientRects().length === 0) {
                return false;
            }
            field.value = arguments[1];
            field.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
            return true;
            """;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Server server;

    /** Starts the shell with a fresh profile, which chromedriver makes in a temporary folder and deletes on quit. */
    public Browser(Server server) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                // Implied by the headless shell; the full chromium needs it (there is no display).
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Browser open(String path) {
        driver.get(server.url(path));
        waitUntilLoaded();
        return this;
    }

    /**
     * Enters {@code value} into the field whose visible label is {@code label}, as pasting would: one script instead
     * of a key event per character, which cost a fifth of a second per field (Grantry's pages run no script on
     * input, so the form posts the same). A field a person could not edit is refused.
     */
    public Browser fill(String label, String value) {
        return settled(() -> {
            if (!Boolean.TRUE.equals(driver.executeScript(PASTE, field(label), value))) {
                throw new IllegalStateException("The field labelled " + label + " cannot be edited");
            }
        });
    }

    /**
     * Runs a step again when the page was still being replaced under it (a redirect finishing late on a loaded
     * machine): Chromium then reports a stale element or a node that no longer belongs to the document.
     */
    private Browser settled(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return this;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (WebDriverException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong")) {
                    throw e;
                }
            }
            waitUntilLoaded();
        }
    }

    private void waitUntilLoaded() {
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits up to 30 seconds, looking every 50 ms: a page is mostly there within a few tenths of a second. */
    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(condition);
    }

    /** The field whose {@code <label>} text is {@code label}, found in one look. */
    public WebElement field(String label) {
        return driver.findElement(By.xpath("//*[@id=//label[normalize-space(.)=" + literal(label) + "]/@for]"));
    }

    /** Clicks the button whose text is {@code text} (the first, when several have it) and waits for the answer. */
    public Browser press(String text) {
        return submit(By.xpath("//input[(@type='submit' or @type='button') and @value=" + literal(text)
                + "] | //button[normalize-space(.)=" + literal(text) + "]"));
    }

    /** Clicks the button named {@code text} in the table row that mentions {@code rowText}. */
    public Browser pressInRow(String rowText, String text) {
        return submit(By.xpath("//tr[td[contains(normalize-space(.), " + literal(rowText) + ")]]"
                + "//input[@type='submit' and @value=" + literal(text) + "]"));
    }

    /** Every button in Grantry submits a form, so the page is replaced: wait until the new one has loaded. */
    private Browser submit(By button) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        waitUntil(d -> replaced(oldPage));
        waitUntilLoaded();
        return this;
    }

    /**
     * Whether {@code element}'s document has gone. Chromium reports an element of a document being replaced either as
     * stale or, now and then, as "Node with given id does not belong to the document"; both mean gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The text of the table row that mentions {@code text}. */
    public String rowText(String text) {
        return driver.findElement(By.xpath("//tr[td[contains(normalize-space(.), " + literal(text) + ")]]"))
                .getText();
    }

    /** Ticks the checkbox labelled {@code label}. */
    public Browser check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clears the checkbox labelled {@code label}. */
    public Browser uncheck(String label) {
        WebElement box = field(label);
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    public Browser signIn(String username, String password) {
        return fill("Username", username).fill("Password", password).press("Sign in");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The current path (and query) relative to the server. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(server.url("")) ? url.substring(server.url("").length()) : url;
    }

    /**
     * Forgets every cookie, so that the next test starts signed out as in a fresh browser: one browser serves a whole
     * test class, since starting Chromium costs seconds.
     */
    public void forgetSessions() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Quits the shell; chromedriver deletes its profile. The headless shell outlives chromedriver's quit (it has no
     * window whose closing would end it), so it is told to exit first. Its exit closes the connections to it, so
     * both steps may find theirs closed; chromedriver is stopped in any case.
     */
    @Override
    public void close() {
        try {
            ignoringClosedConnection(() -> driver.executeCdpCommand("Browser.close", Map.of()));
            ignoringClosedConnection(driver::quit);
        } finally {
            service.stop();
        }
    }

    private static void ignoringClosedConnection(Runnable step) {
        try {
            step.run();
        } catch (WebDriverException connectionClosedByTheExit) {
            // The shell has gone, which is what closing meant.
        }
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
