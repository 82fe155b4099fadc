package org.coveragepolicy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.review.RulesDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rules --policy NAME} or {@code rules --out DIR}: the rules documents of the policies on
 * the class path ({@link RulesDocument}), one page on standard output or the index and every page
 * written under a directory.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the rules documents of the policies on the class path (the built-in ones and any"
          + " policy jar's) as Markdown: every rule a review under a policy can report, with its"
          + " summary in the numbers of the policy's editions, its severity, category and source;"
          + " the editions, interpretations and sources. With --policy, that policy's page on"
          + " standard output; with --out, DIR/rules.md (an index) and DIR/rules/NAME.md for each"
          + " policy (only --policy's if both are given)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "1:internal error or a page cannot be written",
      "2:bad usage or an unknown policy"
    },
    footer = {
      "%nExamples:",
      "  coverage-review rules --out docs",
      "  coverage-review rules --policy NAME > NAME.md"
    })
final class RulesCommand implements Callable<Integer> {
  private final Io io;

  @Option(
      names = "--policy",
      paramLabel = "NAME",
      description =
          "A policy by name, in any case; the message of a name that is not one lists the"
              + " policies on the class path.")
  private @Nullable String policyName;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The directory to write rules.md and rules/NAME.md into; made if absent.")
  private @Nullable Path out;

  RulesCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Policies all = Policies.load();
    if (policyName == null && out == null) {
      return usage(
          "rules: give --policy NAME (its page on standard output) or --out DIR (every page);"
              + " the policies: " + names(all));
    }
    Policies chosen = all;
    if (policyName != null) {
      Policy policy = named(all, policyName);
      if (policy == null) {
        return usage(
            "--policy: not a policy on the class path, was \""
                + policyName
                + "\" (one of "
                + names(all)
                + ")");
      }
      chosen = Policies.of(policy);
    }
    Map<String, String> pages = new LinkedHashMap<>();
    if (out == null) {
      pages.put(Inputs.STDIO, RulesDocument.markdown(chosen.all().get(0)));
    } else {
      pages.put(out.resolve("rules.md").toString(), RulesDocument.index(chosen));
      for (Policy policy : chosen.all()) {
        pages.put(
            out.resolve(RulesDocument.page(policy)).toString(), RulesDocument.markdown(policy));
      }
    }
    return write(pages);
  }

  /** Writes the pages, each whole or not at all, and all of them together ({@link OutputFile}). */
  private int write(Map<String, String> pages) {
    List<OutputFile> opened = new ArrayList<>();
    try {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        if (out != null) {
          Files.createDirectories(Path.of(page.getKey()).getParent());
        }
        OutputFile f = OutputFile.open(page.getKey(), io.out);
        opened.add(f);
        f.stream().write(page.getValue().getBytes(StandardCharsets.UTF_8));
      }
      OutputFile.commitAll(opened);
    } catch (Inputs.UnusableFile e) {
      return usage(e.getMessage());
    } catch (OutputFile.WriteFailed e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INTERNAL_ERROR;
    } catch (IOException e) {
      return usage(out + ": cannot be made (" + e.getClass().getSimpleName() + ")");
    } finally {
      for (OutputFile f : opened) {
        f.close();
      }
    }
    if (out != null) {
      io.err.println("coverage-review: wrote " + String.join(", ", pages.keySet()));
    }
    return CoverageReview.OK;
  }

  /** The policy of a name, in any case; null if none. */
  private static @Nullable Policy named(Policies policies, String name) {
    for (Policy p : policies.all()) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    return null;
  }

  private static String names(Policies policies) {
    return policies.all().stream().map(Policy::name).collect(Collectors.joining(", "));
  }

  private int usage(@Nullable String message) {
    io.err.println("coverage-review: " + message);
    return CoverageReview.INVALID_INPUT;
  }
}
