package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser: Debian's Chromium ({@code /usr/bin/chromium}) driven by Selenium through Debian's
 * {@code /usr/bin/chromedriver}, both named explicitly so that Selenium Manager never downloads anything. Skipped, saying
 * so, only where Chromium is not installed ({@code .ci/run} installs it). Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserTest extends DashboardTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver browser;
    private Path downloads;
    private Path profile;

    @BeforeEach
    void browser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Browser test skipped: " + CHROMIUM + " is absent; install Debian's "
                + "chromium and chromium-driver (apt-get install chromium chromium-driver), as .ci/run does");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "Browser test skipped: " + CHROMEDRIVER + " is absent; install "
                + "Debian's chromium-driver (apt-get install chromium-driver), as .ci/run does");
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createDirectories(Path.of("target", "downloads")).toAbsolutePath();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=es-CO", "--window-size=1280,2000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void a_reader_follows_the_plan_to_the_seed_pact_changes_the_period_downloads_the_goals_and_opens_a_dependency() {
        SeedWorld world = seedWorld();

        browser.get(url("/?planId=" + world.planId() + "&period=2022-06-30"));
        assertThat(browser.getTitle()).startsWith("Valle Invencible");
        WebElement row = browser.findElement(By.id("pacto-" + world.pactId()));
        assertThat(row.getText()).contains("40,0 %", "Medio", "80,0 %", "Alto", "$708.400.000", "$354.200.000", "50,0 %");
        screenshot("1-plan");
        AxeCheck.assertNoSeriousViolations(browser, "plan");

        row.findElement(By.tagName("a")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/pactos/" + world.pactId()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SeedWorld.PACT_NAME);
        assertThat(text("avance-directas")).isEqualTo("40,0 %");
        assertThat(text("comprometido")).isEqualTo("$20.932.570.162");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("23.800 líderes y lideresas comunales", "$708.400.000", "ValleINN Municipios y Nuevos Municipios",
                "1.515", "5.846", "$11.224.170.162", "SIGESI-AC");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect"))).hasSizeGreaterThanOrEqualTo(2);
        screenshot("2-pacto-corte-2022-06-30");
        AxeCheck.assertNoSeriousViolations(browser, "pacto");

        new Select(browser.findElement(By.id("period"))).selectByValue("2021");
        browser.findElement(By.cssSelector("form.selector button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("period=2021"));
        assertThat(text("avance-directas")).isEqualTo("—");
        assertThat(text("avance-indirectas")).isEqualTo("50,0 %");
        screenshot("3-pacto-2021");

        // a date input is typed in the browser's own locale format; the test sets its value as a picker would
        setValue("corte", "2022-06-30");
        setValue("asOf", "2022-07-01");
        browser.findElement(By.cssSelector("form.selector button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("period=2022-06-30&asOf=2022-07-01"));
        assertThat(text("avance-directas")).isEqualTo("0,0 %");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("con lo registrado hasta el 1 de julio de 2022");
        screenshot("4-pacto-tal-como-estaba-2022-07-01");

        browser.findElement(By.id("descargar-metas")).click();
        Path csv = downloads.resolve("metas-" + world.pactId() + "-2022-06-30.csv");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        String goals = read(csv);
        assertThat(goals).startsWith("\uFEFFpact_id,period,as_of,goal_id,goal_code,");
        assertThat(goals).contains("\"SIGESI-AC\"", ",0.25,0,0.0,0.0,\"rojo\",", "\"SALUD-7\"");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("the page fits a phone's width; wide tables scroll inside their own box").isLessThanOrEqualTo(0);
        screenshot("5-pacto-telefono");

        browser.manage().window().setSize(new Dimension(1280, 2000));
        browser.findElement(By.linkText("Todo lo de esta dependencia en el plan")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/dependencias/" + world.dependency("SDSP")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Secretaría de Desarrollo Social y Participación");
        assertThat(browser.findElement(By.id("tabla-pactos")).getText()).contains("$708.400.000", "$354.200.000");
        screenshot("6-dependencia");
        AxeCheck.assertNoSeriousViolations(browser, "dependencia");
    }

    @Test
    void a_reader_opens_a_goal_of_the_seed_pact_and_the_municipalities_of_the_plan_and_axe_finds_nothing_serious() {
        SeedWorld world = seedWorld();

        browser.get(url("/pactos/" + world.pactId() + "?period=2022-06-30"));
        browser.findElement(By.id("tabla-metas")).findElement(By.linkText("SIGESI-AC")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/metas/" + world.directGoal()));
        assertThat(browser.getCurrentUrl()).endsWith("?period=2022-06-30");
        assertThat(text("avance-meta")).isEqualTo("40,0 %");
        assertThat(browser.findElement(By.id("tabla-reportes")).getText()).contains("Reemplaza a «avance-2022-06-30»",
                "primer módulo entregado");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect"))).hasSizeGreaterThanOrEqualTo(2);
        screenshot("7-meta");
        AxeCheck.assertNoSeriousViolations(browser, "meta");
        assertFitsAPhone("7-meta-telefono");

        browser.get(url("/?planId=" + world.planId() + "&period=2022-06-30"));
        browser.findElement(By.id("enlace-municipios")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/municipios?planId=" + world.planId()));
        assertThat(browser.findElement(By.id("municipio-76109")).getText()).contains("Buenaventura", "1.515", "5.846", "$9.000.000.000");
        assertThat(browser.findElements(By.cssSelector("svg g.tile"))).hasSize(42);
        screenshot("8-municipios");
        AxeCheck.assertNoSeriousViolations(browser, "municipios");
        assertFitsAPhone("8-municipios-telefono");
    }

    private void assertFitsAPhone(String name) {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("the page fits a phone's width; wide tables scroll inside their own box").isLessThanOrEqualTo(0);
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1280, 2000));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    private void screenshot(String name) {
        try {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
