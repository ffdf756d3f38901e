package io.github.plandiff.classify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ClassifyDependenciesTest {

  @Test
  void classifyDependsOnlyOnModelJacksonAndTheJdk() {
    // Package names are enough for this rule; resolving every referenced JDK class is slow.
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    JavaClasses classes;
    try {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("io.github.plandiff.classify");
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
    classes()
        .that()
        .resideInAPackage("io.github.plandiff.classify..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.github.plandiff.classify..",
            "io.github.plandiff.model..",
            "com.fasterxml.jackson..",
            "java..")
        .check(classes);
  }
}
