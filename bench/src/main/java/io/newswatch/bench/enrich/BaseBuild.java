package io.newswatch.bench.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The enricher of another commit, built beside the working tree: the commit's files are exported
 * with {@code git archive} (no worktree to register or prune) into
 * {@code bench/target/compare/<commit>/} and compiled there with the repository's own Maven
 * wrapper. A commit is built once; the folder is reused until {@code bench/target} is cleaned.
 */
record BaseBuild(String commit, Path dir) {
  /** Compiled classes of the commit's {@code common} module. */
  Path commonClasses() {
    return dir.resolve("common/target/classes");
  }

  /** Compiled classes of the commit's {@code enrich-service} module. */
  Path enrichClasses() {
    return dir.resolve("enrich-service/target/classes");
  }

  /** The commit's own catalogues: a change to the seeds is part of what is compared. */
  Path seeds() {
    return dir.resolve("seeds");
  }

  /**
   * Resolves {@code revision} in the repository at {@code root} and builds it under {@code out},
   * unless an earlier run did. Maven's output goes to this process's standard error.
   *
   * @param mavenFlags extra Maven flags (from {@code BENCH_MVN_FLAGS}), split on spaces
   * @throws IOException when the revision is not a commit here, or export or build fail
   */
  static BaseBuild of(Path root, String revision, Path out, String mavenFlags) throws IOException, InterruptedException {
    String commit = run(root, List.of("git", "rev-parse", "--verify", "--quiet", revision + "^{commit}"));
    if (commit.isEmpty()) {
      throw new IOException("'" + revision + "' names no commit in " + root);
    }
    Path dir = out.resolve("compare").resolve(commit);
    Path built = dir.resolve(".built");
    if (Files.exists(built)) {
      return new BaseBuild(commit, dir);
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    System.err.printf("compare: exporting %s to %s and compiling common and enrich-service there ...%n", commit, dir);
    List<Process> export =
        ProcessBuilder.startPipeline(
            List.of(
                new ProcessBuilder("git", "-C", root.toString(), "archive", "--format=tar", commit)
                    .redirectError(ProcessBuilder.Redirect.INHERIT),
                new ProcessBuilder("tar", "-x", "-C", dir.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)));
    for (Process p : export) {
      if (p.waitFor() != 0) {
        throw new IOException("exporting " + commit + " failed (" + p.info().command().orElse("?") + " exited " + p.exitValue() + ")");
      }
    }
    List<String> maven = new ArrayList<>(List.of("./mvnw", "-q", "-B"));
    for (String flag : mavenFlags.trim().split("\\s+")) {
      if (!flag.isEmpty()) {
        maven.add(flag);
      }
    }
    // Compile is enough: the reactor hands enrich-service the commit's common classes, and
    // nothing is installed, so the local repository keeps the working tree's own build.
    maven.addAll(List.of("compile", "-pl", "enrich-service", "-am"));
    Process build = new ProcessBuilder(maven).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (build.waitFor() != 0) {
      throw new IOException("building " + commit + " in " + dir + " failed (Maven exited " + build.exitValue() + ")");
    }
    Files.createFile(built);
    return new BaseBuild(commit, dir);
  }

  private static String run(Path root, List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(command);
    full.addAll(1, List.of("-C", root.toString()));
    Process p = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return p.exitValue() == 0 ? output : "";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
