package dev.memoria.maven;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.rules.RulesFileException;
import dev.memoria.agent.transform.Instrumenter;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Weaves the cached methods of {@code target/classes} at build time, with the same transformation the agent applies
 * when a class loads: the classes then cache with only {@code memoria-runtime} on the class path, and no agent.
 * Fingerprints are computed from the compiler's original bytes, which are kept in
 * {@code target/memoria/original-classes}. A configuration error fails the build, naming the class, the method, the
 * attribute and the fix.
 */
@Mojo(name = "instrument", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class InstrumentMojo extends AbstractMojo {

    private static final String RUNTIME = "dev.memoria:memoria-runtime";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The directory to weave in place. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Where the compiler's original class files are kept, to fingerprint and to weave again from. */
    @Parameter(defaultValue = "${project.build.directory}/memoria/original-classes", required = true)
    private File originalClassesDirectory;

    /**
     * A rules file naming more methods to cache, with the agent's format ({@code docs/rules.md}): a library's methods
     * can be woven into this module's classes only, since only they are rewritten.
     */
    @Parameter(property = "memoria.config")
    private File rulesFile;

    /** Skips weaving. */
    @Parameter(property = "memoria.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Messages.skipped());
            return;
        }
        Path classes = classesDirectory.toPath();
        if (!Files.isDirectory(classes)) {
            getLog().info(Messages.noClassesDirectory(classes.toString()));
            return;
        }
        ClassPath classPath = classPath();
        ClassesWeaver.Outcome outcome;
        try {
            outcome = new ClassesWeaver(new Instrumenter(rules())).weave(classes,
                    new OriginalClasses(classes, originalClassesDirectory.toPath()), classPath.projects(),
                    classPath.libraries());
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (!outcome.problems().isEmpty()) {
            throw new MojoFailureException(Messages.cannotCache(outcome.problems().stream()
                    .map(CacheConfigurationException::getMessage).toList()));
        }
        outcome.hiddenInputs().forEach(report -> getLog().warn(Messages.hiddenInputs(report)));
        if (outcome.methods() > 0 && !dependsOnRuntime()) {
            throw new MojoFailureException(Messages.runtimeMissing(outcome.methods(), project.getArtifactId(),
                    RUNTIME));
        }
        getLog().info(outcome.methods() == 0 ? Messages.noCachedMethods(classes.toString())
                : Messages.wove(outcome.methods(), outcome.classes(), classes.toString()));
    }

    private Rules rules() throws MojoFailureException {
        try {
            return rulesFile == null ? Rules.none() : Rules.load(rulesFile.toPath());
        } catch (RulesFileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The modules of this build are project code; their originals are used when they were woven too. */
    private ClassPath classPath() {
        List<Path> projects = new ArrayList<>();
        List<Path> libraries = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null) {
                continue;
            }
            Optional<MavenProject> module = reactorModule(artifact);
            if (module.isPresent()) {
                Path originals = Path.of(module.get().getBuild().getDirectory(), "memoria", "original-classes");
                projects.add(Files.isDirectory(originals) ? originals : artifact.getFile().toPath());
            } else {
                libraries.add(artifact.getFile().toPath());
            }
        }
        return new ClassPath(projects, libraries);
    }

    private Optional<MavenProject> reactorModule(Artifact artifact) {
        return session.getProjects().stream()
                .filter(module -> module.getGroupId().equals(artifact.getGroupId())
                                  && module.getArtifactId().equals(artifact.getArtifactId()))
                .findFirst();
    }

    private boolean dependsOnRuntime() {
        return project.getArtifacts().stream()
                .anyMatch(artifact -> (artifact.getGroupId() + ":" + artifact.getArtifactId()).equals(RUNTIME)
                                      && !Artifact.SCOPE_TEST.equals(artifact.getScope())
                                      && !Artifact.SCOPE_PROVIDED.equals(artifact.getScope()));
    }

    private record ClassPath(List<Path> projects, List<Path> libraries) {
    }
}
