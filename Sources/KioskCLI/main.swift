import Foundation
import KioskKit

exit(await KioskCommand.runMain(Array(CommandLine.arguments.dropFirst())))
