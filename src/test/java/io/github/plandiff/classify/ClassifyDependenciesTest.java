package io.github.plandiff.classify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ClassifyDependenciesTest {

  @Test
  void classifyDependsOnlyOnModelJacksonAndTheJdk() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.plandiff.classify");
    classes().that().resideInAPackage("io.github.plandiff.classify..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.github.plandiff.classify..", "io.github.plandiff.model..", "com.fasterxml.jackson..",
            "java..")
        .check(classes);
  }
}
