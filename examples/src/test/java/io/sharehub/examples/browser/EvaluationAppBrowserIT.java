package io.sharehub.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.examples.app.DemoSeeder;
import io.sharehub.examples.app.EvaluationApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation app in a real browser: Debian's Chromium driven by its ChromeDriver, headless.
 * Opens the home page, searches 刹车片, shares the campaign material, opens the share link as a
 * second visitor (a fresh browser profile: a new cookie id), and checks that the leaderboard and the
 * share graph (an ECharts canvas) render. Saves a screenshot of each page into the folder named by
 * the {@code screenshots.dir} system property (the browser profile sets it; default target/screenshots).
 *
 * <p>Runs only in the {@code browser} Maven profile ({@code .ci/browser}).
 */
@SpringBootTest(classes = EvaluationApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sharehub-browser-test;DB_CLOSE_DELAY=-1"})
class EvaluationAppBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    ShareHub hub;

    private final java.util.List<Path> profiles = new java.util.ArrayList<>();
    private final java.util.List<WebDriver> drivers = new java.util.ArrayList<>();
    private Path shots;

    @BeforeEach
    void folders() throws IOException {
        shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @AfterEach
    void quit() throws IOException {
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A new browser with a new, empty profile: its own cookies. */
    private WebDriver browser() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium package").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver package").isExecutable();
        Path profile = Files.createTempDirectory("sharehub-chromium-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--lang=zh-CN",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 900));
        drivers.add(driver);
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(WebDriver driver, String name) throws IOException {
        // the whole page: grow the window to the document's height first
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.min(3000, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1280, Math.max(900, ((Number) height).intValue())));
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("home, search 刹车片, share, a second visitor's landing, the leaderboard and the share graph render")
    void clickThrough() throws IOException {
        WebDriver sharer = browser();
        sharer.get(url("/"));
        assertThat(sharer.getTitle()).contains("素材中心");
        assertThat(sharer.findElement(By.cssSelector(".tree")).getText()).contains("制动系统", "刹车片");
        screenshot(sharer, "01-home");

        WebElement search = sharer.findElement(By.id("q"));
        search.sendKeys("刹车片", Keys.ENTER);
        waiting(sharer).until(d -> d.findElement(By.id("results-heading")).getText().contains("刹车片"));
        String results = sharer.findElement(By.id("results")).getText();
        assertThat(results).contains("陶瓷刹车片产品手册").doesNotContain("销售话术");
        screenshot(sharer, "02-search");

        // the sharer becomes the sales employee and shares the campaign material
        new Select(sharer.findElement(By.name("key"))).selectByValue("sales");
        waiting(sharer).until(d -> d.findElement(By.id("current-persona")).getText().contains("李娜"));
        sharer.get(url("/materials/M001"));
        assertThat(sharer.findElement(By.id("material-title")).getText()).isEqualTo("陶瓷刹车片产品手册");
        screenshot(sharer, "03-material");
        sharer.findElement(By.id("share-button")).click();
        String link = waiting(sharer).until(d -> d.findElement(By.id("share-link"))).getText();
        assertThat(link).startsWith(url("/s/"));
        waiting(sharer).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var i = document.getElementById('poster'); return i.complete && i.naturalWidth === 750;"));
        screenshot(sharer, "04-share");
        long before = hub.points().balance("E2001");

        // a second visitor, in a browser of its own, opens the link: a new referral paying 李娜 10
        WebDriver visitor = browser();
        visitor.get(link);
        assertThat(visitor.findElement(By.id("campaign-title")).getText()).contains("春季刹车安全月");
        assertThat(visitor.findElement(By.id("visit-outcome")).getText()).contains("李娜").contains("10");
        screenshot(visitor, "05-landing");
        assertThat(hub.points().balance("E2001")).isEqualTo(before + 10);

        // the leaderboard shows 李娜 with her rank
        sharer.get(url("/leaderboards?campaign=" + DemoSeeder.SPRING));
        long rank = hub.leaderboards().campaign(DemoSeeder.SPRING).rankOf("E2001").orElseThrow().rank();
        assertThat(sharer.findElement(By.id("my-rank-row")).getText()).contains("第 " + rank + " 名");
        assertThat(sharer.findElement(By.cssSelector("table.report")).getText()).contains("李娜");
        screenshot(sharer, "06-leaderboard");

        // the administrator's pages: the share graph draws on an ECharts canvas
        new Select(sharer.findElement(By.name("key"))).selectByValue("admin");
        waiting(sharer).until(d -> d.findElement(By.id("current-persona")).getText().contains("赵敏"));
        sharer.get(url("/admin/campaigns/" + DemoSeeder.SPRING + "/graph"));
        waiting(sharer).until(d -> d.findElement(By.id("graph")).getAttribute("data-rendered") != null);
        assertThat(sharer.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        assertThat(Integer.parseInt(sharer.findElement(By.id("graph")).getAttribute("data-rendered")))
                .isEqualTo(hub.fission().graph(DemoSeeder.SPRING).export(io.sharehub.fission.GraphLimits.DEFAULT)
                        .nodes().size());
        sleepForAnimation();
        screenshot(sharer, "07-graph");

        sharer.get(url("/admin/campaigns/" + DemoSeeder.SPRING));
        assertThat(sharer.findElement(By.id("campaign-stats")).getText()).contains("新增推荐");
        screenshot(sharer, "08-promoters");
        sharer.get(url("/admin/materials?by=VIEWS"));
        screenshot(sharer, "09-material-stats");
        sharer.get(url("/admin/flagged"));
        assertThat(sharer.getPageSource()).contains("E4001");
        screenshot(sharer, "10-flagged");

        // a forged link: the friendly page
        visitor.get(url("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(visitor.findElement(By.id("problem-title")).getText()).isEqualTo("分享链接无效");
        screenshot(visitor, "11-forged-link");
    }

    private static void sleepForAnimation() {
        try {
            Thread.sleep(2_500);   // ECharts' force layout settles
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
