#!/usr/bin/env bash
# Proves the README's Maven coordinates work: installs plandiff into the local repository, then builds
# and runs a tiny consumer project, in a temporary directory, that depends on it as a library user
# would (no picocli, no POI) and calls the README's Java example.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\|[0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)"
./mvnw -q -B install -DskipTests

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/main/java/example"
cat >"$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>plandiff-consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>io.github.plandiff</groupId>
      <artifactId>plandiff</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
cat >"$work/src/main/java/example/Consumer.java" <<'JAVA'
package example;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Relation;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.MarkdownRenderer;
import java.nio.file.Path;

public class Consumer {
  public static void main(String[] args) {
    Comparison comparison = PlanDiff.compare(Path.of(args[0]), Path.of(args[1]));
    System.out.println(comparison.summary().count(Relation.REMOVED) + " points removed");
    String json = new JsonRenderer().render(comparison);
    String md = new MarkdownRenderer().render(comparison);
    if (!json.contains("\"schema\" : \"plandiff/1\"") || !md.startsWith("## plandiff:")) {
      throw new AssertionError("unexpected output");
    }
    System.out.println("consumer: JSON and Markdown rendered");
  }
}
JAVA
cd "$work"
"$root/mvnw" -q -B -f "$work/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
tr ':' '\n' <"$work/cp.txt" | sed 's:.*/::' | sort >"$work/deps.txt"
if grep -Eq '^(picocli|poi|jsoup|pdfbox)' "$work/deps.txt"; then
  echo "consumer-check: an optional dependency leaked to library users:" >&2
  grep -E '^(picocli|poi|jsoup|pdfbox)' "$work/deps.txt" >&2
  exit 1
fi
echo "consumer-check: the consumer's class path: $(tr '\n' ' ' <"$work/deps.txt")"
java -cp "$work/target/plandiff-consumer-1.jar:$(cat "$work/cp.txt")" example.Consumer \
  "$root/samples/ukraine-28.txt" "$root/samples/ukraine-20.txt"
for kind in sources javadoc; do
  jar="$HOME/.m2/repository/io/github/plandiff/plandiff/$version/plandiff-$version-$kind.jar"
  [ -s "$jar" ] || { echo "consumer-check: no $kind jar installed ($jar)" >&2; exit 1; }
done
echo "consumer-check: installed $version with sources and javadoc jars; the consumer built and ran"
