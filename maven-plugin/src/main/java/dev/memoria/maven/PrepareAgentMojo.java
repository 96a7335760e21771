package dev.memoria.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import javax.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts {@code -javaagent:<memoria-agent.jar>=<options>} into the {@code argLine} property, so the JVMs Surefire and
 * Failsafe fork run the project's tests with caching, exactly as JaCoCo's {@code prepare-agent} does. The agent is
 * the shaded jar ({@code dev.memoria:memoria-agent:all}) of this plugin's version. A plugin configuration that sets
 * its own {@code <argLine>} must include {@code @{argLine}} to keep it.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true, required = true)
    private List<RemoteRepository> repositories;

    /** The property to prepend the agent to: {@code argLine} serves both Surefire and Failsafe. */
    @Parameter(property = "memoria.propertyName", defaultValue = "argLine", required = true)
    private String propertyName;

    /** The agent's cache directory ({@code cacheDir=}); {@code .memoria} in the test's working directory if unset. */
    @Parameter(property = "memoria.cache.dir")
    private File cacheDir;

    /** A rules file naming methods to cache without annotations ({@code config=}). */
    @Parameter(property = "memoria.config")
    private File rulesFile;

    /** Leaves {@code argLine} alone. */
    @Parameter(property = "memoria.skip", defaultValue = "false")
    private boolean skip;

    /** Maven injects its resolver (JSR-330, which replaces the deprecated {@code @Component}). */
    @Inject
    public PrepareAgentMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info(Messages.skipped());
            return;
        }
        String argument;
        try {
            argument = AgentArgument.render(agentJar(), path(cacheDir), path(rulesFile));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        String value = AgentArgument.prepend(argument, project.getProperties().getProperty(propertyName));
        project.getProperties().setProperty(propertyName, value);
        getLog().info(Messages.propertySet(propertyName, value));
    }

    private Path agentJar() throws MojoExecutionException {
        DefaultArtifact agent = new DefaultArtifact(plugin.getGroupId(), "memoria-agent", "all", "jar",
                plugin.getVersion());
        try {
            return repositorySystem.resolveArtifact(repositorySession,
                    new ArtifactRequest(agent, repositories, null)).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException(Messages.agentJarUnresolved(agent.toString(), e.getMessage()), e);
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
