extension ConfigLoader {
    /// What `hubd` runs on when no file is configured: a demo hub with no hardware. It is TOML
    /// parsed by the same code as a real file, so it doubles as a worked example.
    public static let embeddedDefaultText = """
        [hub]
        name = "buurhub demo"
        data_dir = "./var"
        socket = "./var/hubd.sock"
        language = "nl"
        cold_chain_hours = 4

        [kiosk]
        idle_seconds = 20
        double_tap_seconds = 10
        day_end = "22:00"
        staff_idle_minutes = 5
        max_price = "25,00"

        [[suppliers]]
        id = "vegro"
        name = "Vegro"
        patterns = ["^]C1.*", "^VG[0-9]{8}$"]

        [[suppliers]]
        id = "apotheek"
        name = "Apotheek De Linde"
        patterns = ["^APO-[0-9]{6}$"]
        medication = true

        [[suppliers]]
        id = "maaltijden"
        name = "Tafeltje Dek Je"
        patterns = ["^TDJ[0-9]{7}$"]
        cold_chain = true

        [[suppliers]]
        id = "boodschappen"
        name = "Boodschappenservice"
        patterns = ["^BS[0-9]{9}$"]

        [[suppliers]]
        id = "wasserij"
        name = "Wasserij Zuid"
        patterns = ["^WZ-[0-9]{5}$"]

        """

    /// A test parses the same text, so a broken default fails CI rather than a hub at start-up.
    public static let embeddedDefault: Configuration = {
        do {
            return try validate(
                text: embeddedDefaultText,
                file: "embedded default",
                sourcePath: nil,
                pathExists: { _ in true }
            ).configuration
        } catch {
            preconditionFailure("the embedded default configuration is invalid:\n\(error)")
        }
    }()
}
