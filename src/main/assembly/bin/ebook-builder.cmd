@echo off
rem ebook-builder: builds EPUB 3 e-books from a book project. Runs lib\ebook-builder.jar with the Java runtime shipped
rem beside it (runtime\), else Java 17 or later taken from JAVA_HOME when it is set, else from the PATH. JAVA_OPTS, when
rem set, is passed to java.
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\lib\ebook-builder.jar"
set "JAVA=java"
if exist "%HERE%\runtime\bin\java.exe" (
    set "JAVA=%HERE%\runtime\bin\java.exe"
    goto found
)
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
:found
rem A build is a short run: the client compiler alone and the serial collector start sooner; arrays of a megabyte or
rem more (decoded photographs) go straight to the old generation; no performance-data file (BENCHMARKS.md).
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m -XX:-UsePerfData"
rem Class data made for this tool in the user's cache folder: Java 19 and later make it on the first run and remake it
rem when it no longer fits (another Java, another jar: -XX:+AutoCreateSharedArchive); Java 17 and 18 do not know that
rem option and run without it. Silent when the folder cannot be written. EBOOK_BUILDER_CDS=off does without.
set "VERSION="
if exist "%HERE%\lib\version.txt" set /p VERSION=<"%HERE%\lib\version.txt"
set "CDS="
if /i not "%EBOOK_BUILDER_CDS%"=="off" if defined LOCALAPPDATA if defined VERSION (
    if not exist "%LOCALAPPDATA%\ebook-builder\cds" mkdir "%LOCALAPPDATA%\ebook-builder\cds" >nul 2>nul
    set CDS=-XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\ebook-builder\cds\ebook-builder-%VERSION%.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
)
"%JAVA%" %OPTS% %CDS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
