# Builds Fovea's Windows installer (.msi) into installers\target\packages.
# Needs a JDK 25 for Windows x64 (JAVA_HOME) and the WiX Toolset on the PATH, which jpackage drives:
# WiX 3.14 (candle.exe, light.exe) or WiX 4/5 (`dotnet tool install --global wix`).
#
# Image decoders: put turbojpeg.dll (libjpeg-turbo's Windows build), heif.dll and libwebp.dll (e.g. from
# `vcpkg install libheif libwebp --triplet x64-windows`) into installers\native\windows-x64\ and they are
# bundled; without them Fovea decodes JPEG and WebP through ImageIO (slower) and cannot read HEIC. Windows
# looks for a DLL's own dependencies beside Fovea.exe and on the PATH, not beside the DLL: prefer
# self-contained builds of the decoders (vcpkg's x64-windows-static-md triplet, linked into one DLL).
#
# Text in photos: Tesseract's eng.traineddata and por.traineddata must be in installers\native\tessdata\ (not in
# git); installers/tessdata-from-debian.sh, run on any Debian or Ubuntu machine, puts Debian's there.
#
# Signing: set FOVEA_SIGN_CERT to the thumbprint of a code-signing certificate in the user's store and the
# .msi is signed with signtool (Windows SDK). The launchers inside it stay unsigned.
# Run from anywhere: powershell -ExecutionPolicy Bypass -File installers\package-windows.ps1 [packager options]
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 25 for Windows x64.' }
if (-not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -or (Get-Command wix.exe -ErrorAction SilentlyContinue))) {
    throw 'jpackage needs the WiX Toolset on the PATH (WiX 3.14, or WiX 4/5: dotnet tool install --global wix).'
}

$packagerArguments = @()
if (Test-Path installers\native\windows-x64) { $packagerArguments += '--image-decoders', 'installers\native\windows-x64' }
$packagerArguments += '--tessdata', 'installers\native\tessdata'

& .\mvnw.cmd -q -B -DskipTests -pl installers -am package
if ($LASTEXITCODE -ne 0) { throw "The build failed (exit $LASTEXITCODE)." }
& "$env:JAVA_HOME\bin\java.exe" -jar installers\target\fovea-installers.jar @packagerArguments @args
if ($LASTEXITCODE -ne 0) { throw "The packager failed (exit $LASTEXITCODE)." }

if ($env:FOVEA_SIGN_CERT) {
    Get-ChildItem installers\target\packages\*.msi | ForEach-Object {
        & signtool.exe sign /sha1 $env:FOVEA_SIGN_CERT /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $_.FullName
        if ($LASTEXITCODE -ne 0) { throw "Signing $($_.Name) failed." }
    }
}
