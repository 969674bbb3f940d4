@echo off
rem vierella-admin for Windows: runs the installed app in admin mode (vierella.exe --admin),
rem the same binary and the same SQLite build as the kiosk. Run it from an administrator's
rem command prompt; "vierella-admin help" lists the commands. The app is a windowed program,
rem so "start /wait" keeps the prompt until it has finished. On Windows, set the PIN with
rem   echo 1234| vierella-admin pin set --pin-stdin
rem if typing it at the prompt does not work in your console.
setlocal
set "APP=%VIERELLA_APP%"
if not defined APP set "APP=%~dp0..\..\vierella.exe"
if not exist "%APP%" set "APP=%ProgramFiles%\vierella\vierella.exe"
start "" /wait /b "%APP%" --admin -- %*
exit /b %ERRORLEVEL%
