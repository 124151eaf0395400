@echo off
rem ebook-builder: builds EPUB 3 e-books from a book project. Runs lib\ebook-builder.jar with Java 17 or later,
rem taken from JAVA_HOME when it is set, else from the PATH. JAVA_OPTS, when set, is passed to java.
setlocal
set "JAR=%~dp0..\lib\ebook-builder.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA%" (
    echo ebook-builder: JAVA_HOME has no bin\java.exe. Set JAVA_HOME to a Java 17 ^(or later^) folder, or unset it. 1>&2
    exit /b 127
)
if not defined JAVA_HOME (
    where java >nul 2>nul || (
        echo ebook-builder: Java 17 or later is needed and was not found. Install it, or set JAVA_HOME to its folder. 1>&2
        exit /b 127
    )
)
rem A build is a short run: the client compiler alone and the serial collector start sooner; arrays of a megabyte or
rem more (decoded photographs) go straight to the old generation (BENCHMARKS.md).
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
