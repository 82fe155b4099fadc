package org.coveragepolicy.fhir.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.jspecify.annotations.Nullable;

/**
 * The resources of an input with their paths, indexed by reference ({@code Type/id} and the Bundle
 * entry's full URL), and the resources that a Composition or DiagnosticReport holds (read as part
 * of that document, not on their own).
 */
final class ResourceIndex {
  private final Map<String, Located> byReference;
  private final Set<Resource> held;

  private ResourceIndex(List<Located> all) {
    this.byReference = byReference(all);
    this.held = held(all, byReference);
  }

  /** Indexes resources listed with their paths. */
  static ResourceIndex of(List<Located> all) {
    return new ResourceIndex(all);
  }

  /** Lists a Bundle's resources with their paths ({@code prefix.entry[i].Type}). */
  static List<Located> entries(Bundle bundle, String prefix) {
    List<Located> out = new ArrayList<>();
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r == null) {
        throw new InvalidInputException(prefix + ".entry[" + i + "].resource", "missing");
      }
      out.add(new Located(r, prefix + ".entry[" + i + "]." + r.fhirType(), entries.get(i).getFullUrl()));
    }
    return out;
  }

  /** The one resource of a type among resources, named by {@code name} in place of its path. */
  static Located single(List<Located> all, ResourceType type, String name) {
    List<Located> found = all.stream().filter(l -> l.resource().getResourceType() == type).toList();
    if (found.size() != 1) {
      throw new InvalidInputException(
          "Bundle.entry", "expected exactly one " + name + ", found " + found.size());
    }
    return new Located(found.get(0).resource(), name, found.get(0).fullUrl());
  }

  /** The path of the first resource that matches, with a suffix; else the Bundle's. */
  static String where(List<Located> all, Predicate<Resource> match, String suffix) {
    for (Located l : all) {
      if (match.test(l.resource())) {
        return l.where() + suffix;
      }
    }
    return "Bundle";
  }

  /** The resource a reference names, if the input has it. */
  @Nullable Located resolve(@Nullable String reference) {
    return byReference.get(reference);
  }

  /** Whether a Composition's section or a DiagnosticReport's result holds a resource. */
  boolean isHeld(Resource r) {
    return held.contains(r);
  }

  private static Map<String, Located> byReference(List<Located> all) {
    Map<String, Located> byReference = new HashMap<>();
    for (Located l : all) {
      Resource r = l.resource();
      if (r.hasIdElement() && r.getIdElement().hasIdPart()) {
        byReference.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), l);
      }
      if (l.fullUrl() != null) {
        byReference.put(l.fullUrl(), l);
      }
    }
    return byReference;
  }

  private static Set<Resource> held(List<Located> all, Map<String, Located> byReference) {
    Set<Resource> held = new HashSet<>();
    for (Located l : all) {
      if (l.resource() instanceof Composition c) {
        for (Composition.SectionComponent s : c.getSection()) {
          for (Reference ref : s.getEntry()) {
            Located target = byReference.get(ref.getReference());
            if (target != null) {
              held.add(target.resource());
            }
          }
        }
      } else if (l.resource() instanceof DiagnosticReport d) {
        for (Reference ref : d.getResult()) {
          Located target = byReference.get(ref.getReference());
          if (target != null) {
            held.add(target.resource());
          }
        }
      }
    }
    return held;
  }
}
