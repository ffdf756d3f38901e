package io.github.plandiff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the package rules of DESIGN.md: stages depend on the model and earlier stages only. */
@AnalyzeClasses(
    packages = "io.github.plandiff",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.plandiff";

  @ArchTest
  static final ArchRule modelImportsNothingOfOurs =
      classes()
          .that()
          .resideInAPackage(ROOT + ".model..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages(
              ROOT,
              ROOT + ".read..",
              ROOT + ".parse..",
              ROOT + ".align..",
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..",
              ROOT + ".render..",
              ROOT + ".cli..");

  @ArchTest
  static final ArchRule renderImportsOnlyModel =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT,
              ROOT + ".read..",
              ROOT + ".parse..",
              ROOT + ".align..",
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..",
              ROOT + ".cli..");

  @ArchTest
  static final ArchRule readComesFirst =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".read..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT,
              ROOT + ".parse..",
              ROOT + ".align..",
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..",
              ROOT + ".render..",
              ROOT + ".cli..");

  @ArchTest
  static final ArchRule parseDependsOnlyOnEarlierStages =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".parse..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT,
              ROOT + ".align..",
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..",
              ROOT + ".render..",
              ROOT + ".cli..");

  @ArchTest
  static final ArchRule alignDependsOnlyOnEarlierStages =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".align..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT,
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..",
              ROOT + ".render..",
              ROOT + ".cli..");

  @ArchTest
  static final ArchRule redlineDependsOnlyOnEarlierStages =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".redline..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT, ROOT + ".classify..", ROOT + ".history..", ROOT + ".render..", ROOT + ".cli..");

  @ArchTest
  static final ArchRule classifyDependsOnlyOnEarlierStages =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".classify..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, ROOT + ".history..", ROOT + ".render..", ROOT + ".cli..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule historyDependsOnlyOnEarlierStages =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".history..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, ROOT + ".render..", ROOT + ".cli..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyRedlineUsesJavaDiffUtils =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".redline..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.difflib..");

  @ArchTest
  static final ArchRule onlyCliUsesPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule nothingImportsCli =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".cli..");

  @ArchTest
  static final ArchRule cliUsesFacadeRenderAndModelOnly =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + ".read..",
              ROOT + ".parse..",
              ROOT + ".align..",
              ROOT + ".redline..",
              ROOT + ".classify..",
              ROOT + ".history..");
}
