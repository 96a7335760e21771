/**
 * The toolkit's pages in a real browser: headless Chromium driven through chromedriver.
 *
 * <h2>How they run</h2>
 * <ul>
 *   <li>Failsafe runs every {@code *IT} class in the {@code integration-test} phase of {@code mvn install} (or
 *       {@code verify}); they need Debian's {@code chromium} and {@code chromium-driver} on the PATH and fail, with
 *       the install command, without them. {@code -Dmemoria.test.jvm=...} runs them on another JDK, like every
 *       suite of the build.</li>
 *   <li>One Chromium serves all of them ({@link dev.memoria.ui.browser.SharedBrowser}, a JUnit extension that passes
 *       it to each test's constructor and has JUnit close it, with every process it started, when the run ends),
 *       with a fresh profile, as root ({@code --no-sandbox}), {@code --headless=new}. {@link dev.memoria.ui.browser.WebDriver} speaks the W3C
 *       WebDriver protocol to chromedriver over {@code java.net.http}, with the toolkit's own JSON reader and
 *       writer; there is no Selenium.</li>
 *   <li>The apps run in the test JVM, each behind an {@link dev.memoria.ui.AppServer} on a free port, so a test
 *       can count the app's runs and hear sessions end. Each page load is a new session.</li>
 * </ul>
 *
 * <h2>What a test asserts</h2>
 * What a user sees ({@link dev.memoria.ui.browser.Page}: texts, widget values) and the page's own account of its
 * session ({@code data-runs}, {@code data-state} on the body), which tells a test when a re-run has been drawn
 * without sleeping: an interaction is followed by a wait for exactly one more completed run.
 * {@code DemoAppIT} saves {@code ui/target/memoria-ui-demo.png}.
 *
 * <h2>Used elsewhere</h2>
 * {@code SharedBrowser}, {@code WebDriver} and {@code Page} are public and ship in memoria-ui's test jar, so that
 * integration-tests' {@code DashboardIT} drives the README's dashboard, served by another JVM, with the same client.
 */
package dev.memoria.ui.browser;
