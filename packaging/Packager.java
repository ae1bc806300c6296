import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Limber's installers with the JDK's own tools, on whichever system it runs:
 * jdeps finds the modules, jlink makes a trimmed runtime, a training run records an AppCDS
 * archive, and jpackage makes the app image and then the installer (.deb on Linux, .msi on
 * Windows, .dmg on macOS). Run by {@code mvn -Ppackage package}; see README.md.
 *
 * Arguments: the project folder, the app version, the main jar's file name.
 */
public final class Packager {

    /** Modules no class names but Limber needs: zip file systems (resources in the jar), German dates, charsets. */
    static final List<String> EXTRA_MODULES = List.of("jdk.zipfs", "jdk.localedata", "jdk.charsets");
    /** The shipped JVM options; keep in step with pom.xml (javafx:run) and bench/startup.sh. */
    static final List<String> JAVA_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** What JavaFX needs from the system on Debian and Ubuntu (its native code ships inside the jars). */
    static final String DEB_DEPENDS = "libgtk-3-0, libxtst6, libgl1, libasound2, libfreetype6, libfontconfig1";

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        String version = args[1].replaceAll("[^0-9.].*$", "");
        String mainJar = args[2];
        Path out = project.resolve("target/package");
        Path input = out.resolve("input");
        Path runtime = out.resolve("runtime");
        Path image = out.resolve("image");
        deleteTree(runtime);
        deleteTree(image);
        Files.copy(project.resolve("target").resolve(mainJar), input.resolve(mainJar),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        extractNativeLibraries(input);
        List<String> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
        }
        List<String> jdeps = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps"));
        jdeps.addAll(jars);
        String modules = run("jdeps", jdeps.toArray(String[]::new)).strip();
        List<String> all = new ArrayList<>(List.of(modules.split(",")));
        all.addAll(EXTRA_MODULES);
        String moduleList = String.join(",", all.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
        System.out.println("packager: modules " + moduleList);
        run("jlink", "--add-modules", moduleList, "--include-locales=en,de", "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--output", runtime.toString());
        // the runtime's own class data archive, which the app's archive builds on
        exec(List.of(runtime.resolve("bin/java" + exe()).toString(), "-Xshare:dump"), null);

        Path icon = project.resolve("assets/icons/" + (windows() ? "limber.ico" : mac() ? "limber.icns" : "limber-256.png"));
        List<String> imageArgs = new ArrayList<>(List.of("--type", "app-image", "--name", "Limber",
                "--app-version", version, "--vendor", "Limber", "--input", input.toString(),
                "--main-jar", mainJar, "--main-class", "org.limber.Launcher", "--runtime-image", runtime.toString(),
                "--dest", image.toString()));
        if (Files.exists(icon)) {
            imageArgs.addAll(List.of("--icon", icon.toString()));
        }
        for (String option : JAVA_OPTIONS) {
            imageArgs.addAll(List.of("--java-options", option));
        }
        imageArgs.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/limber.jsa",
                "--java-options", "-Xshare:auto"));
        run("jpackage", imageArgs.toArray(String[]::new));
        Path appImage = mac() ? image.resolve("Limber.app") : image.resolve("Limber");
        Path appDir = mac() ? appImage.resolve("Contents/app") : appImage.resolve(windows() ? "app" : "lib/app");
        train(project, appImage, appDir);

        List<String> installer = new ArrayList<>(List.of("--type", windows() ? "msi" : mac() ? "dmg" : "deb",
                "--app-image", appImage.toString(), "--name", windows() || mac() ? "Limber" : "limber",
                "--app-version", version, "--vendor", "Limber", "--dest", out.toString(),
                "--description", "Gentle exercise routines for a sore back",
                "--file-associations", project.resolve("packaging/routine-file.properties").toString()));
        if (linux()) {
            installer.addAll(List.of("--resource-dir", project.resolve("packaging/linux").toString()));
            installer.addAll(List.of("--linux-shortcut", "--linux-menu-group", "Utility;Education;",
                    "--linux-app-category", "misc", "--linux-package-deps", DEB_DEPENDS,
                    "--linux-package-name", "limber"));
            if (Files.exists(icon)) {
                installer.addAll(List.of("--icon", icon.toString()));
            }
        } else if (windows()) {
            installer.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser"));
        }
        run("jpackage", installer.toArray(String[]::new));
        archive(appImage, appDir);
        try (Stream<Path> files = Files.list(out)) {
            files.filter(p -> p.toString().matches(".*\\.(deb|msi|dmg)$"))
                    .forEach(p -> System.out.println("packager: built " + p + " (" + size(p) + ")"));
        }
        System.out.println("packager: app image " + appImage + " (" + size(appImage) + ")");
    }

    /**
     * Starts the packaged app once, to the point where its data is open, with a fresh data
     * folder, and keeps the list of classes it loaded as {@code limber.classlist} beside the jars. Needs a
     * display; on Linux without one it uses xvfb-run when present. Without either, the
     * archive is left out and the launcher simply starts without it.
     */
    static void train(Path project, Path appImage, Path appDir) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("limber-training");
        Files.writeString(data.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": 2}");
        List<String> command = new ArrayList<>();
        if (linux() && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                System.out.println("packager: no display and no xvfb-run: the AppCDS archive is left out");
                return;
            }
            command.addAll(List.of("xvfb-run", "-a"));
        }
        // the runtime's java with exactly the launcher's class path (from its .cfg, in its order),
        // since an archive is only used with the class path it was made with
        Path javaLauncher = runtimeJava(appImage);
        List<String> classPath = launcherClassPath(appDir);
        Path list = appDir.resolve("limber.classlist");
        command.add(javaLauncher.toString());
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-cp",
                String.join(File.pathSeparator, classPath), "org.limber.Launcher", "--data-dir=" + data,
                "--exit-when-ready"));
        exec(command, null);
        deleteTree(data);
        if (!Files.exists(list)) {
            System.out.println("packager: the training run recorded no classes; the launcher starts without an archive");
        }
    }

    /**
     * A static AppCDS archive of the recorded classes for the app image where it stands (an
     * archive only works with the absolute class path it was made for; the .deb makes its own
     * at install time).
     */
    static void archive(Path appImage, Path appDir) throws IOException, InterruptedException {
        Path list = appDir.resolve("limber.classlist");
        if (!Files.exists(list)) {
            return;
        }
        Path javaLauncher = runtimeJava(appImage);
        List<String> classPath = launcherClassPath(appDir);
        Path archive = appDir.resolve("limber.jsa");
        exec(List.of(javaLauncher.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", String.join(File.pathSeparator, classPath)), null);
        System.out.println(Files.exists(archive) ? "packager: AppCDS archive " + archive + " (" + size(archive) + ")"
                : "packager: no archive was made; the launcher starts without one");
    }

    /**
     * Puts JavaFX's native libraries beside its jars, where JavaFX looks first, so the installed
     * app neither unpacks them into the user's home folder nor checks that copy at every start.
     */
    static void extractNativeLibraries(Path input) throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().matches("javafx-.*-(linux|win|mac).*\\.jar")).toList()) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        String name = entry.getName();
                        if (!entry.isDirectory() && name.matches(".*\\.(so|dll|dylib)$")) {
                            Path target = input.resolve(Path.of(name).getFileName().toString());
                            try (java.io.InputStream in = zip.getInputStream(entry)) {
                                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The java of the app image's own runtime. */
    static Path runtimeJava(Path appImage) {
        return mac() ? appImage.resolve("Contents/runtime/Contents/Home/bin/java")
                : appImage.resolve(windows() ? "runtime/bin/java.exe" : "lib/runtime/bin/java");
    }

    /** The launcher's class path, from its .cfg and in its order, with $APPDIR filled in. */
    static List<String> launcherClassPath(Path appDir) throws IOException {
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve("Limber.cfg"))) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        return classPath;
    }

    static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = provider.run(new PrintWriter(out), new PrintWriter(err), args);
        System.out.print(err);
        if (status != 0) {
            throw new IllegalStateException(tool + " failed (" + status + "): " + out + err);
        }
        return out.toString();
    }

    static void exec(List<String> command, String jdkJavaOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (jdkJavaOptions != null) {
            builder.environment().put("JDK_JAVA_OPTIONS", jdkJavaOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            System.out.println("packager: " + command.get(0) + " did not finish in 5 minutes and was stopped");
            return;
        }
        int status = process.exitValue();
        if (status != 0) {
            System.out.println("packager: " + command.get(0) + " ended with " + status);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static String size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    static boolean windows() {
        return os().startsWith("windows");
    }

    static boolean mac() {
        return os().startsWith("mac");
    }

    static boolean linux() {
        return !windows() && !mac();
    }

    static String exe() {
        return windows() ? ".exe" : "";
    }
}
